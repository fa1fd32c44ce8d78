using System.Net;
using System.Net.Http.Headers;
using Commerce.Integrations.Abstractions.Fulfillment;
using Commerce.Integrations.FulfillmentHttp.Mapping;
using Commerce.Integrations.FulfillmentHttp.Webhooks;

namespace Commerce.Integrations.FulfillmentHttp.Api;

/// <summary>
/// The protocol's transport for one partner: POST {BaseUrl}fulfillment-requests with Bearer auth, an Idempotency-Key
/// and the body's signature, and the partner's answer turned into an acknowledgement or a <see cref="PartnerException"/>.
/// Retries and timeouts come from the named HttpClient (<see cref="FulfillmentHttp.AddFulfillmentPartnerHttpClient"/>), so
/// an error seen here is final for this attempt; the caller's outbox retries what is Unavailable. Secrets never appear in
/// a message.
/// </summary>
internal sealed class FulfillmentPartnerClient
{
    public const string RequestsPath = "fulfillment-requests";
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    private readonly HttpClient _http;
    private readonly PartnerAccount _partner;
    private readonly Uri _endpoint;
    private readonly string? _apiKey;
    private readonly string? _secret;

    public FulfillmentPartnerClient(HttpClient http, PartnerAccount partner)
    {
        _http = http;
        _partner = partner;
        var baseUrl = partner.Setting(FulfillmentHttpSettings.BaseUrl);
        if (!Uri.TryCreate(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/", UriKind.Absolute, out var parsed)
            || (parsed.Scheme != Uri.UriSchemeHttps && parsed.Scheme != Uri.UriSchemeHttp))
            throw new PartnerException(PartnerErrorKind.Configuration,
                $"Fulfillment partner '{partner.Id}' has a BaseUrl that is not an absolute http(s) address.");
        _endpoint = new Uri(parsed, RequestsPath);
        _apiKey = partner.OptionalSetting(FulfillmentHttpSettings.ApiKey);
        _secret = partner.OptionalSetting(FulfillmentHttpSettings.WebhookSecret);
    }

    public async Task<PartnerAcknowledgement> SendAsync(FulfillmentRequest request, CancellationToken cancellationToken)
    {
        var body = FulfillmentRequestBody.Serialize(request);
        using var message = new HttpRequestMessage(HttpMethod.Post, _endpoint);
        message.Content = new ByteArrayContent(body);
        message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        message.Headers.TryAddWithoutValidation(IdempotencyKeyHeader, request.RequestId);
        if (_apiKey is not null) message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _apiKey);
        if (_secret is not null) message.Headers.TryAddWithoutValidation(RequestSignature.Header, RequestSignature.Sign(_secret, body));

        using var response = await ExchangeAsync(message, request.RequestId, cancellationToken);
        var answer = await ReadAsync(response, cancellationToken);
        var status = (int)response.StatusCode;

        // 409: the partner already holds this request id — a resend after a lost answer. It is as good as an acceptance.
        if (response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.Conflict)
            return new PartnerAcknowledgement(PartnerAnswerParser.Reference(answer));

        var said = PartnerAnswerParser.Message(answer) is { } text ? $": {text}" : ".";
        var what = $"Fulfillment partner '{_partner.Id}' answered HTTP {status} to request {request.RequestId}{said}";
        throw status switch
        {
            >= 300 and < 400 => new PartnerException(PartnerErrorKind.Configuration,
                $"{what} It redirects (to {response.Headers.Location?.ToString() ?? "nowhere"}): point BaseUrl at the final address."),
            401 or 403 => new PartnerException(PartnerErrorKind.Configuration, $"{what} Check the partner's ApiKey and WebhookSecret."),
            408 or 425 or 429 or >= 500 => new PartnerException(PartnerErrorKind.Unavailable, what),
            _ => new PartnerException(PartnerErrorKind.Rejected, what),
        };
    }

    private async Task<HttpResponseMessage> ExchangeAsync(HttpRequestMessage message, string requestId, CancellationToken cancellationToken)
    {
        try
        {
            return await _http.SendAsync(message, HttpCompletionOption.ResponseContentRead, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException or Polly.Timeout.TimeoutRejectedException)
        {
            throw new PartnerException(PartnerErrorKind.Unavailable,
                $"Fulfillment partner '{_partner.Id}' could not be reached for request {requestId} ({e.GetType().Name}).", e);
        }
    }

    private static async Task<string> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return await response.Content.ReadAsStringAsync(cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or IOException or InvalidOperationException)
        {
            return "";
        }
    }
}
