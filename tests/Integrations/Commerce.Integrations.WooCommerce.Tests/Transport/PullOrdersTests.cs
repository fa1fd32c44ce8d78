using System.Text;
using System.Text.Json.Nodes;
using Commerce.Integrations.Abstractions.Storefronts;

namespace Commerce.Integrations.WooCommerce.Tests.Transport;

public sealed class PullOrdersTests : IAsyncLifetime
{
    private WooCommerceApi _api = null!;

    public async Task InitializeAsync() => _api = await WooCommerceApi.StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task The_first_pull_asks_for_orders_modified_in_the_last_seven_days_oldest_first_with_basic_auth()
    {
        _api.On("GET", "orders", WooCommerceApi.Page(Recorded.Text(Recorded.List), totalPages: 1, total: 2));

        var page = await _api.Connector.PullOrdersAsync(_api.Store, null, CancellationToken.None);

        var request = Assert.Single(_api.RequestsTo("GET", "orders"));
        Assert.Equal("/wp-json/wc/v3/orders", request.Path);
        Assert.Equal(
            "?modified_after=2026-11-12T10%3A15%3A30&dates_are_gmt=true&orderby=modified&order=asc&per_page=100&page=1",
            request.Query);
        var basic = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{WooCommerceApi.ConsumerKey}:{WooCommerceApi.ConsumerSecret}"));
        Assert.Equal(basic, request.Header("Authorization"));
        Assert.Equal("application/json", request.Header("Accept"));

        Assert.Equal(["727", "723"], page.Orders.Select(o => o.ExternalId));
        Assert.False(page.HasMore);
        // The next walk would start a minute before the newest change seen, but never before this walk's own start (the
        // documented orders are from 2017, older than any answer to this query could be).
        Assert.Equal("2026-11-12T10:15:30|1|", page.NextCursor);
    }

    [Fact]
    public async Task The_look_back_of_a_first_pull_is_a_setting()
    {
        _api.On("GET", "orders", WooCommerceApi.Page("[]", totalPages: 0));

        var page = await _api.Connector.PullOrdersAsync(_api.StoreWith(("PullLookbackDays", "30")), null, CancellationToken.None);

        Assert.Equal("2026-10-20T10:15:30", WooCommerceApi.Query(Assert.Single(_api.RequestsTo("GET", "orders")))["modified_after"]);
        Assert.Empty(page.Orders);
        Assert.False(page.HasMore);
        Assert.Equal("2026-10-20T10:15:30|1|", page.NextCursor);
    }

    [Fact]
    public async Task Pages_follow_x_wp_totalpages_and_each_next_page_restarts_just_before_the_newest_change_read()
    {
        var first = new JsonArray(Recorded.Node(Recorded.List)[1]!.DeepClone(), Recorded.Node(Recorded.Retrieve)); // 723, then 727
        var second = new JsonArray(Recorded.Node(Recorded.Retrieve), Recorded.Node(Recorded.OwnWebhook));         // 727 again, then 4182
        _api.On("GET", "orders", request => WooCommerceApi.Query(request)["modified_after"] == "2017-03-22T19:28:07"
            ? WooCommerceApi.Page(second, totalPages: 1)
            : WooCommerceApi.Page(first, totalPages: 2));

        var one = await _api.Connector.PullOrdersAsync(_api.Store, "2017-03-01T00:00:00|1|", CancellationToken.None);
        var two = await _api.Connector.PullOrdersAsync(_api.Store, one.NextCursor, CancellationToken.None);

        Assert.True(one.HasMore);
        Assert.Equal(["723", "727"], one.Orders.Select(o => o.ExternalId));
        Assert.Equal("2017-03-22T19:28:07|1|2017-03-22T19:28:08", one.NextCursor);
        Assert.False(two.HasMore);
        Assert.Equal(["727", "4182"], two.Orders.Select(o => o.ExternalId));
        Assert.Equal("2026-10-14T07:42:55|1|", two.NextCursor);
        Assert.Equal(["2017-03-01T00:00:00", "2017-03-22T19:28:07"],
            _api.RequestsTo("GET", "orders").Select(r => WooCommerceApi.Query(r)["modified_after"]));
    }

    [Fact]
    public async Task A_cursor_inside_a_bulk_edit_asks_for_its_page_number()
    {
        _api.On("GET", "orders", WooCommerceApi.Page("[]", totalPages: 2));

        await _api.Connector.PullOrdersAsync(_api.Store, "2017-03-22T19:28:07|3|2017-03-22T19:28:08", CancellationToken.None);

        var query = WooCommerceApi.Query(Assert.Single(_api.RequestsTo("GET", "orders")));
        Assert.Equal(("2017-03-22T19:28:07", "3"), (query["modified_after"], query["page"]));
    }

    [Fact]
    public async Task Without_paging_headers_a_full_page_means_there_may_be_more()
    {
        var hundred = new JsonArray(Enumerable.Range(0, 100).Select(i =>
        {
            var order = Recorded.Node(Recorded.Retrieve);
            order["id"] = 1000 + i;
            return (JsonNode?)order;
        }).ToArray());
        _api.On("GET", "orders", JsonResponse(hundred));

        var page = await _api.Connector.PullOrdersAsync(_api.Store, null, CancellationToken.None);

        Assert.Equal(100, page.Orders.Count);
        Assert.True(page.HasMore);
    }

    [Fact]
    public async Task An_answer_that_is_not_a_list_and_a_cursor_that_is_not_ours_are_malformed()
    {
        _api.On("GET", "orders", WooCommerceApi.Fixture(Recorded.Retrieve));

        var notAList = await Assert.ThrowsAsync<StorefrontException>(() => _api.Connector.PullOrdersAsync(_api.Store, null, CancellationToken.None));
        var notACursor = await Assert.ThrowsAsync<StorefrontException>(() => _api.Connector.PullOrdersAsync(_api.Store, "page=2", CancellationToken.None));

        Assert.Equal(StorefrontErrorKind.Malformed, notAList.Kind);
        Assert.Equal(StorefrontErrorKind.Malformed, notACursor.Kind);
    }

    private static Commerce.Testing.CannedResponse JsonResponse(JsonNode body) => Commerce.Testing.CannedResponse.Json(body.ToJsonString());
}
