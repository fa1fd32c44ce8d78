using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Commerce.Integrations.Abstractions.Storefronts;
using Commerce.Integrations.Shopify.Mapping;

namespace Commerce.Integrations.Shopify.Api;

/// <summary>A JSON answer and, for a list, the cursor of its next page (null on the last page).</summary>
internal sealed record ShopifyAnswer(JsonElement Body, string? NextPageInfo);

/// <summary>
/// The Shopify REST Admin transport for one store: <c>X-Shopify-Access-Token</c>, JSON in and out, the call-limit
/// pause, and Shopify's answers turned into <see cref="StorefrontException"/>s. Retries and timeouts come from the named
/// HttpClient (<see cref="StorefrontHttp.AddStorefrontHttpClient"/>), so an error seen here is final. The token is never
/// put in a message, and requests only ever go to the store's base address.
/// </summary>
internal sealed partial class ShopifyClient
{
    private readonly HttpClient _http;
    private readonly CallGate _gate;
    private readonly string _token;

    public ShopifyClient(HttpClient http, StoreAccount store, Func<Uri, CallGate> gateFor)
    {
        _http = http;
        _token = store.Setting(ShopifySettings.AccessToken);
        BaseUrl = BaseUrlOf(store);
        _gate = gateFor(BaseUrl);
    }

    public Uri BaseUrl { get; }

    /// <summary><c>https://{ShopDomain}/admin/api/{ApiVersion}/</c>, or the store's <c>BaseUrl</c> when it has one.</summary>
    public static Uri BaseUrlOf(StoreAccount store)
    {
        if (store.OptionalSetting(ShopifySettings.BaseUrl) is { } configured)
        {
            var text = configured.Trim();
            return Uri.TryCreate(text.EndsWith('/') ? text : text + "/", UriKind.Absolute, out var parsed)
                   && parsed.Scheme is "http" or "https"
                ? parsed
                : throw new StorefrontException(StorefrontErrorKind.Configuration,
                    $"Store '{store.Id}' has a {ShopifySettings.BaseUrl} that is not an absolute http(s) address.");
        }

        var domain = store.Setting(ShopifySettings.ShopDomain).Trim();
        if (domain.StartsWith("https://", StringComparison.OrdinalIgnoreCase)) domain = domain["https://".Length..];
        domain = domain.TrimEnd('/');
        if (Uri.CheckHostName(domain) != UriHostNameType.Dns)
            throw new StorefrontException(StorefrontErrorKind.Configuration,
                $"Store '{store.Id}' has a {ShopifySettings.ShopDomain} that is not a host name (e.g. acme.myshopify.com).");

        var version = store.OptionalSetting(ShopifySettings.ApiVersion)?.Trim() ?? ShopifyPlugin.DefaultApiVersion;
        if (!ApiVersionPattern().IsMatch(version))
            throw new StorefrontException(StorefrontErrorKind.Configuration,
                $"Store '{store.Id}' has an {ShopifySettings.ApiVersion} '{version}' that is not a Shopify version (e.g. 2025-10).");
        return new Uri($"https://{domain}/admin/api/{version}/");
    }

    public async Task<ShopifyAnswer> GetAsync(string pathAndQuery, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(BaseUrl, pathAndQuery));
        return await SendAsync(request, cancellationToken);
    }

    public async Task<JsonElement> PostAsync(string path, JsonNode body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(BaseUrl, path))
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        return (await SendAsync(request, cancellationToken)).Body;
    }

    /// <summary>Every page of a list, following the Link header: <paramref name="firstPage"/> carries the filters, the
    /// following pages only <c>limit</c> and <c>page_info</c> (Shopify refuses anything else with a page_info).</summary>
    public async IAsyncEnumerable<JsonElement> GetAllPagesAsync(
        string resource, string firstQuery, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var answer = await GetAsync($"{resource}?{firstQuery}", cancellationToken);
        yield return answer.Body;
        while (answer.NextPageInfo is { } pageInfo)
        {
            answer = await GetAsync($"{resource}?limit=250&page_info={Uri.EscapeDataString(pageInfo)}", cancellationToken);
            yield return answer.Body;
        }
    }

    private async Task<ShopifyAnswer> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Add("X-Shopify-Access-Token", _token);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        var what = $"{request.Method} {request.RequestUri!.AbsolutePath}";

        await _gate.WaitAsync(cancellationToken);
        using var response = await ExchangeAsync(request, what, cancellationToken);
        _gate.Observe(HeaderValue(response, CallLimit.Header));
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var status = (int)response.StatusCode;

        if (response.IsSuccessStatusCode)
        {
            var json = string.IsNullOrWhiteSpace(body)
                ? ShopifyJson.Parse("{}"u8.ToArray(), "")
                : ShopifyJson.Parse(Encoding.UTF8.GetBytes(body), $"Shopify's answer to {what} (HTTP {status})");
            return new ShopifyAnswer(json, LinkHeader.NextPageInfo(HeaderValue(response, "Link")));
        }

        var errors = ShopifyErrors.Describe(body);
        var message = errors is null ? $"Shopify answered {what} with HTTP {status}." : $"Shopify answered {what} with HTTP {status}: {errors}";
        var retriedOut = status >= 500 || response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;
        throw new StorefrontException(retriedOut ? StorefrontErrorKind.Unavailable : StorefrontErrorKind.Rejected, message, status);
    }

    private async Task<HttpResponseMessage> ExchangeAsync(HttpRequestMessage request, string what, CancellationToken cancellationToken)
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
            throw new StorefrontException(StorefrontErrorKind.Unavailable, $"Shopify could not be reached for {what} ({e.GetType().Name}).", inner: e);
        }
    }

    private static string? HeaderValue(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;

    [GeneratedRegex(@"^(\d{4}-\d{2}|unstable)$")]
    private static partial Regex ApiVersionPattern();
}
