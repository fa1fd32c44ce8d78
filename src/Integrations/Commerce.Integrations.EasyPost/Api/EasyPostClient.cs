using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Commerce.Integrations.Abstractions.Carriers;
using Commerce.Integrations.EasyPost.Mapping;

namespace Commerce.Integrations.EasyPost.Api;

/// <summary>A downloaded label file.</summary>
internal sealed record LabelFile(byte[] Content, string ContentType);

/// <summary>
/// The EasyPost transport for one account: Basic auth with the API key as user, JSON in and out, and EasyPost's
/// answers turned into <see cref="CarrierException"/>s. Retries and timeouts come from the named HttpClient
/// (<see cref="CarrierHttp.AddCarrierHttpClient"/>), so an error seen here is final. The key never appears in a message.
/// </summary>
internal sealed class EasyPostClient
{
    private readonly HttpClient _http;
    private readonly Uri _baseUrl;
    private readonly AuthenticationHeaderValue _auth;

    public EasyPostClient(HttpClient http, CarrierAccount account)
    {
        _http = http;
        var apiKey = account.Setting(EasyPostSettings.ApiKey);
        var baseUrl = account.OptionalSetting(EasyPostSettings.BaseUrl) ?? EasyPostPlugin.DefaultBaseUrl;
        if (!Uri.TryCreate(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/", UriKind.Absolute, out var parsed))
            throw new CarrierException(CarrierErrorKind.Configuration, $"Carrier account '{account.Id}' has a BaseUrl that is not an absolute address.");
        _baseUrl = parsed;
        _auth = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(apiKey + ":")));
    }

    public Task<JsonElement> PostAsync(string path, JsonNode? body, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_baseUrl, path));
        if (body is not null)
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        return SendAsync(request, cancellationToken);
    }

    public Task<JsonElement> GetAsync(string pathAndQuery, CancellationToken cancellationToken) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri(_baseUrl, pathAndQuery)), cancellationToken);

    /// <summary>
    /// Fetches a label file. Label URLs point at EasyPost's file store, not the API, so the API key is only sent
    /// when the file lives under the API's own address.
    /// </summary>
    public async Task<LabelFile> DownloadAsync(Uri url, string fallbackContentType, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (_baseUrl.IsBaseOf(url)) request.Headers.Authorization = _auth;
        using var response = await ExchangeAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
            throw new CarrierException(
                (int)response.StatusCode >= 500 ? CarrierErrorKind.Unavailable : CarrierErrorKind.Rejected,
                $"EasyPost's label file could not be downloaded (HTTP {(int)response.StatusCode}).");
        var content = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var contentType = response.Content.Headers.ContentType?.MediaType;
        return new LabelFile(content, string.IsNullOrEmpty(contentType) || contentType == "application/octet-stream" ? fallbackContentType : contentType);
    }

    private async Task<JsonElement> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using (request)
        {
            request.Headers.Authorization = _auth;
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            using var response = await ExchangeAsync(request, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            var status = (int)response.StatusCode;

            if (response.IsSuccessStatusCode)
            {
                try
                {
                    using var document = JsonDocument.Parse(body);
                    return document.RootElement.Clone();
                }
                catch (JsonException e)
                {
                    throw new CarrierException(CarrierErrorKind.Malformed, $"EasyPost answered HTTP {status} with a body that is not JSON.", inner: e);
                }
            }

            var error = EasyPostErrorParser.TryParse(body);
            var retriedOut = status >= 500 || response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;
            var message = error is null
                ? $"EasyPost answered HTTP {status}."
                : $"EasyPost answered HTTP {status}: {error.Message}";
            throw new CarrierException(retriedOut ? CarrierErrorKind.Unavailable : CarrierErrorKind.Rejected, message, error?.Code);
        }
    }

    private async Task<HttpResponseMessage> ExchangeAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException or Polly.Timeout.TimeoutRejectedException)
        {
            throw new CarrierException(CarrierErrorKind.Unavailable, $"EasyPost could not be reached ({e.GetType().Name}).", inner: e);
        }
    }
}
