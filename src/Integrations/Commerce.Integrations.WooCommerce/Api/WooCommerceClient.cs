using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Commerce.Integrations.Abstractions.Storefronts;
using Commerce.Integrations.WooCommerce.Mapping;

namespace Commerce.Integrations.WooCommerce.Api;

/// <summary>An answer from the API: its JSON body and, for lists, the page count from <c>X-WP-TotalPages</c>.</summary>
internal sealed record WooCommerceResponse(JsonElement Body, int? TotalPages);

/// <summary>
/// The WooCommerce REST v3 transport for one store: <c>{BaseUrl}wp-json/wc/v3/</c>, HTTP Basic auth with the consumer key
/// and secret (or, when <see cref="WooCommerceStore.QueryStringAuth"/> is set, <c>consumer_key</c>/<c>consumer_secret</c>
/// query parameters), JSON in and out, and WooCommerce's answers turned into <see cref="StorefrontException"/>s. Retries
/// and timeouts come from the named HttpClient (<see cref="StorefrontHttp.AddStorefrontHttpClient"/>), so an error seen
/// here is final. Messages name the method and path, never the query (which may hold the secret) or the credentials.
/// </summary>
internal sealed class WooCommerceClient(HttpClient http, WooCommerceStore store)
{
    /// <summary>The most items a list page or a batch request may hold (WooCommerce's default limit for both).</summary>
    public const int PageSize = 100;

    private readonly AuthenticationHeaderValue _basic =
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{store.ConsumerKey}:{store.ConsumerSecret}")));

    public Task<WooCommerceResponse> GetAsync(string path, IEnumerable<(string Name, string Value)> query, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, path, query, null, cancellationToken);

    public async Task<JsonElement> PutAsync(string path, JsonNode body, CancellationToken cancellationToken) =>
        (await SendAsync(HttpMethod.Put, path, [], body, cancellationToken)).Body;

    public async Task<JsonElement> PostAsync(string path, JsonNode body, CancellationToken cancellationToken) =>
        (await SendAsync(HttpMethod.Post, path, [], body, cancellationToken)).Body;

    /// <summary>Every item of a list, page by page (<c>per_page=100</c>) until <c>X-WP-TotalPages</c> is reached.</summary>
    public async Task<IReadOnlyList<JsonElement>> GetAllAsync(
        string path, IEnumerable<(string Name, string Value)> query, CancellationToken cancellationToken)
    {
        var items = new List<JsonElement>();
        var fixedQuery = query.ToList();
        for (var page = 1; ; page++)
        {
            var response = await GetAsync(path, [.. fixedQuery, ("per_page", $"{PageSize}"), ("page", $"{page}")], cancellationToken);
            var pageItems = ListItems(response.Body, path);
            items.AddRange(pageItems);
            var more = response.TotalPages is { } total ? page < total : pageItems.Count == PageSize;
            if (!more || pageItems.Count == 0) return items;
        }
    }

    /// <summary>The items of a list answer; anything but a JSON array is malformed.</summary>
    public static IReadOnlyList<JsonElement> ListItems(JsonElement body, string path) =>
        body.ValueKind == JsonValueKind.Array
            ? body.EnumerateArray().ToList()
            : throw new StorefrontException(StorefrontErrorKind.Malformed, $"WooCommerce answered GET {path} with something other than a list.");

    private async Task<WooCommerceResponse> SendAsync(
        HttpMethod method, string path, IEnumerable<(string Name, string Value)> query, JsonNode? body, CancellationToken cancellationToken)
    {
        var parameters = query.ToList();
        if (store.QueryStringAuth)
            parameters.AddRange([("consumer_key", store.ConsumerKey), ("consumer_secret", store.ConsumerSecret)]);
        var address = new UriBuilder(new Uri(store.ApiBase, path))
        {
            Query = string.Join('&', parameters.Select(p => $"{Uri.EscapeDataString(p.Name)}={Uri.EscapeDataString(p.Value)}")),
        }.Uri;

        using var request = new HttpRequestMessage(method, address);
        if (!store.QueryStringAuth) request.Headers.Authorization = _basic;
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (body is not null) request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");

        using var response = await ExchangeAsync(request, $"{method} {path}", cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        var status = (int)response.StatusCode;

        if (response.IsSuccessStatusCode)
        {
            try
            {
                using var document = JsonDocument.Parse(text);
                return new WooCommerceResponse(document.RootElement.Clone(), TotalPages(response));
            }
            catch (JsonException e)
            {
                throw new StorefrontException(StorefrontErrorKind.Malformed,
                    $"WooCommerce answered {method} {path} with HTTP {status} and a body that is not JSON.", status, e);
            }
        }

        var error = WooCommerceErrorParser.TryParse(text);
        var retriedOut = status >= 500 || response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;
        var message = error is null
            ? $"WooCommerce answered {method} {path} with HTTP {status}."
            : $"WooCommerce answered {method} {path} with HTTP {status}: {error.Message} ({error.Code}).";
        throw new StorefrontException(retriedOut ? StorefrontErrorKind.Unavailable : StorefrontErrorKind.Rejected, message, status);
    }

    private static int? TotalPages(HttpResponseMessage response) =>
        response.Headers.TryGetValues("X-WP-TotalPages", out var values) && int.TryParse(values.FirstOrDefault(), out var pages) ? pages : null;

    private async Task<HttpResponseMessage> ExchangeAsync(HttpRequestMessage request, string what, CancellationToken cancellationToken)
    {
        try
        {
            return await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException or Polly.Timeout.TimeoutRejectedException)
        {
            throw new StorefrontException(StorefrontErrorKind.Unavailable, $"WooCommerce could not be reached for {what} ({e.GetType().Name}).", inner: e);
        }
    }
}
