using Commerce.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Commerce.Integrations.Shopify.Tests.Transport;

public sealed class PullOrdersTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2025, 11, 26, 12, 0, 0, TimeSpan.Zero);
    private ShopifyApi _api = null!;

    public async Task InitializeAsync() => _api = await ShopifyApi.StartAsync(new FakeTimeProvider(Now));

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task The_first_pull_asks_for_every_status_changed_in_the_lookback_window_oldest_first()
    {
        _api.On("GET", "orders.json", Recorded.Text("rest-admin/orders.json"));

        var page = await _api.Connector.PullOrdersAsync(_api.Store, null, CancellationToken.None);

        var request = Assert.Single(_api.Sent("GET", "orders.json"));
        Assert.Equal("/admin/api/2025-10/orders.json", request.Path);
        Assert.Equal("?status=any&updated_at_min=2025-11-19T12%3A00%3A00Z&order=updated_at+asc&limit=250", request.Query);
        Assert.Equal(ShopifyApi.Token, request.Header("X-Shopify-Access-Token"));
        Assert.Equal("450789469", Assert.Single(page.Orders).ExternalId);
        Assert.False(page.HasMore);
        // Nothing newer than the window's start was seen (the sample is from 2008), so the next pull starts there again.
        Assert.Equal("2025-11-19T12:00:00Z", page.NextCursor);
    }

    [Fact]
    public async Task The_lookback_is_a_store_setting()
    {
        _api.On("GET", "orders.json", """{"orders":[]}""");

        await _api.Connector.PullOrdersAsync(_api.StoreWith(("PullLookbackDays", "30")), null, CancellationToken.None);

        Assert.Contains("updated_at_min=2025-10-27T12%3A00%3A00Z", Assert.Single(_api.Sent("GET", "orders.json")).Query);
    }

    [Fact]
    public async Task A_pull_from_a_cursor_ends_on_the_newest_change_it_saw()
    {
        _api.On("GET", "orders.json", Recorded.Text("rest-admin/orders.json"));

        var page = await _api.Connector.PullOrdersAsync(_api.Store, "2008-01-01T00:00:00Z", CancellationToken.None);

        Assert.Contains("updated_at_min=2008-01-01T00%3A00%3A00Z", Assert.Single(_api.Sent("GET", "orders.json")).Query);
        Assert.Equal("2008-01-10T16:00:00Z", page.NextCursor);
    }

    [Fact]
    public async Task Pages_are_followed_by_the_link_header_and_the_cursor_carries_the_newest_time_across_them()
    {
        _api.On("GET", "orders.json", request => request.Query.Contains("page_info=")
            ? CannedResponse.Json(Orders(("1002", "2025-11-21T09:00:00Z")))
            : new CannedResponse(200, Orders(("1001", "2025-11-21T10:00:00Z"), ("1000", "2025-11-20T10:00:00Z")), Headers: new Dictionary<string, string>
            {
                // Shopify's own host in the link: only its page_info is used, the request goes to the store's base address.
                ["Link"] = "<https://acme.myshopify.com/admin/api/2025-10/orders.json?limit=250&page_info=eyJsYXN0X2lkIjoxMDAxfQ>; rel=\"next\"",
            }));

        var first = await _api.Connector.PullOrdersAsync(_api.Store, "2025-11-20T00:00:00Z", CancellationToken.None);
        var second = await _api.Connector.PullOrdersAsync(_api.Store, first.NextCursor, CancellationToken.None);

        Assert.Equal(["1000", "1001"], first.Orders.Select(o => o.ExternalId));
        Assert.True(first.HasMore);
        Assert.Equal("page|2025-11-21T10:00:00Z|eyJsYXN0X2lkIjoxMDAxfQ", first.NextCursor);
        var requests = _api.Sent("GET", "orders.json");
        Assert.Equal(2, requests.Count);
        Assert.Equal("?limit=250&page_info=eyJsYXN0X2lkIjoxMDAxfQ", requests[1].Query);
        Assert.Equal(ShopifyApi.Token, requests[1].Header("X-Shopify-Access-Token"));
        Assert.Equal("1002", Assert.Single(second.Orders).ExternalId);
        Assert.False(second.HasMore);
        Assert.Equal("2025-11-21T10:00:00Z", second.NextCursor);
    }

    [Fact]
    public async Task Big_order_ids_in_a_pull_are_kept_exactly()
    {
        _api.On("GET", "orders.json", Orders(("820982911946154508", "2025-11-21T10:00:00Z")));

        var page = await _api.Connector.PullOrdersAsync(_api.Store, "2025-11-20T00:00:00Z", CancellationToken.None);

        Assert.Equal("820982911946154508", Assert.Single(page.Orders).ExternalId);
    }

    /// <summary>An <c>orders.json</c> answer of copies of Shopify's sample order with the given ids and update times.</summary>
    private static string Orders(params (string Id, string UpdatedAt)[] orders) =>
        "{\"orders\":[" + string.Join(",", orders.Select(o => Recorded.OrderBody
            .Replace("\"id\": 450789469", $"\"id\": {o.Id}")
            .Replace("\"updated_at\": \"2008-01-10T11:00:00-05:00\"", $"\"updated_at\": \"{o.UpdatedAt}\""))) + "]}";
}
