using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Commerce.Integrations.Abstractions.Carriers;
using Commerce.Integrations.Ups.Mapping;
using Polly.Timeout;

namespace Commerce.Integrations.Ups.Api;

/// <summary>
/// The UPS transport: the account's host, a bearer token (renewed once when UPS answers 401), a unique transId per call,
/// JSON both ways, and UPS's errors turned into <see cref="CarrierException"/>s. Retries of 5xx, 408 and 429 are the
/// named "ups" client's (see <see cref="CarrierHttp"/>), so anything failing here has already been retried.
/// </summary>
internal sealed class UpsClient(IHttpClientFactory httpClientFactory, UpsOAuth oauth)
{
    public const string HttpClientName = "ups";
    public const string TransactionSource = "commerce";

    public async Task<JsonNode?> SendAsync(
        CarrierAccount account, HttpMethod method, string path, JsonNode? body, CancellationToken cancellationToken)
    {
        var http = httpClientFactory.CreateClient(HttpClientName);
        var baseUrl = BaseUrl(account);
        var token = await oauth.GetTokenAsync(http, account, baseUrl, cancellationToken);
        var (status, text) = await ExchangeAsync(http, Request(method, baseUrl, path, body, token), path, cancellationToken);
        if (status == HttpStatusCode.Unauthorized)
        {
            // UPS may revoke a token before its expiry: fetch a new one and try once more.
            oauth.Invalidate(account, baseUrl, token);
            token = await oauth.GetTokenAsync(http, account, baseUrl, cancellationToken);
            (status, text) = await ExchangeAsync(http, Request(method, baseUrl, path, body, token), path, cancellationToken);
        }

        EnsureSuccess(status, text);
        return string.IsNullOrWhiteSpace(text) ? null : UpsJson.Parse(text, "answer");
    }

    internal static Uri BaseUrl(CarrierAccount account)
    {
        var configured = account.OptionalSetting(UpsPlugin.BaseUrl) ?? UpsPlugin.DefaultBaseUrl;
        if (!Uri.TryCreate(configured.TrimEnd('/') + "/", UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
            throw new CarrierException(CarrierErrorKind.Configuration, $"{account} has a BaseUrl that is not an http(s) address.");
        return uri;
    }

    private static HttpRequestMessage Request(HttpMethod method, Uri baseUrl, string path, JsonNode? body, string token)
    {
        var request = new HttpRequestMessage(method, new Uri(baseUrl, path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Add("transId", Guid.NewGuid().ToString("N"));
        request.Headers.Add("transactionSrc", TransactionSource);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (body is not null) request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        return request;
    }

    /// <summary>Sends and reads the whole answer; failures to reach UPS (after the client's retries) are Unavailable.</summary>
    internal static async Task<(HttpStatusCode Status, string Body)> ExchangeAsync(
        HttpClient http, HttpRequestMessage request, string what, CancellationToken cancellationToken)
    {
        using (request)
        {
            try
            {
                using var response = await http.SendAsync(request, cancellationToken);
                return (response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken));
            }
            catch (Exception e) when (e is HttpRequestException or TimeoutRejectedException
                                      || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
            {
                throw new CarrierException(CarrierErrorKind.Unavailable, $"UPS could not be reached ({what}).", inner: e);
            }
        }
    }

    /// <summary>4xx: UPS refused, with its message; 5xx (already retried): UPS is unavailable.</summary>
    internal static void EnsureSuccess(HttpStatusCode status, string body)
    {
        var code = (int)status;
        if (code is >= 200 and < 300) return;
        var error = ReadErrors(body);
        if (code >= 500 || status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests)
            throw new CarrierException(CarrierErrorKind.Unavailable,
                $"UPS is unavailable (HTTP {code}){(error is null ? "" : ": " + error.Value.Message)}.", error?.Code);
        throw new CarrierException(CarrierErrorKind.Rejected, error?.Message ?? $"UPS refused the request (HTTP {code}).", error?.Code);
    }

    /// <summary>UPS's <c>{"response":{"errors":[{"code","message"}]}}</c>: the messages joined, and the first code.</summary>
    internal static (string Message, string? Code)? ReadErrors(string body)
    {
        JsonNode? answer;
        try
        {
            answer = string.IsNullOrWhiteSpace(body) ? null : JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }

        var errors = UpsJson.Items(answer?["response"]?["errors"])
            .Select(e => (Message: UpsJson.Text(e["message"])?.Trim(), Code: UpsJson.Text(e["code"])?.Trim()))
            .Where(e => !string.IsNullOrEmpty(e.Message))
            .ToList();
        return errors.Count == 0 ? null : (string.Join("; ", errors.Select(e => e.Message)), errors[0].Code);
    }
}
