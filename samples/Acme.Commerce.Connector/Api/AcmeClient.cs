using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Acme.Commerce.Connector.Mapping;
using Commerce.Integrations.Abstractions.Storefronts;

namespace Acme.Commerce.Connector.Api;

/// <summary>
/// The Acme Shop API transport for one store: the bearer API key, JSON in and out, and Acme's answers turned into
/// <see cref="StorefrontException"/>s (errors are <c>{"error":{"code":"…","message":"…"}}</c>). Timeouts and retries come
/// from the platform's named HttpClient (<see cref="StorefrontHttp.AddStorefrontHttpClient"/>), so an error seen here is
/// final: 4xx is Rejected, 5xx, 408, 429 and no answer at all are Unavailable. Messages name the method and path, never
/// the key.
/// </summary>
internal sealed class AcmeClient(HttpClient http, AcmeStore store)
{
    public Task<JsonElement> GetAsync(string pathAndQuery, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, pathAndQuery, null, null, cancellationToken);

    /// <summary>A POST carrying an idempotency key: Acme answers a repeat with what it did the first time.</summary>
    public Task<JsonElement> PostAsync(string path, JsonNode body, string idempotencyKey, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, path, body, idempotencyKey, cancellationToken);

    private async Task<JsonElement> SendAsync(
        HttpMethod method, string pathAndQuery, JsonNode? body, string? idempotencyKey, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(store.ApiBase, pathAndQuery));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", store.ApiKey);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        if (body is not null) request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        var what = $"{method} {request.RequestUri!.AbsolutePath}";

        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException or Polly.Timeout.TimeoutRejectedException)
        {
            // No answer, or none in time (the retry policy's own timeout): the store may be down; try again later.
            throw new StorefrontException(StorefrontErrorKind.Unavailable, $"Acme could not be reached for {what} ({e.GetType().Name}).", inner: e);
        }

        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            var status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
                return AcmeJson.Parse(Encoding.UTF8.GetBytes(string.IsNullOrWhiteSpace(text) ? "{}" : text), $"Acme's answer to {what} (HTTP {status})");

            var unavailable = status >= 500 || response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;
            var message = ErrorMessage(text) is { } said
                ? $"Acme answered {what} with HTTP {status}: {said}"
                : $"Acme answered {what} with HTTP {status}.";
            throw new StorefrontException(unavailable ? StorefrontErrorKind.Unavailable : StorefrontErrorKind.Rejected, message, status);
        }
    }

    /// <summary>Acme's <c>error.message</c> (and code), when the body is Acme's error format.</summary>
    internal static string? ErrorMessage(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var error = document.RootElement.Prop("error");
            return error?.Str("message") is { } message ? error?.Str("code") is { } code ? $"{message} ({code})" : message : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
