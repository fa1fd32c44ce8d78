using System.Text.Json.Nodes;
using Commerce.Integrations.Abstractions.Storefronts;

namespace Commerce.Integrations.Shopify.Tests.Transport;

public sealed class FulfillmentPushTests : IAsyncLifetime
{
    /// <summary>
    /// Written here in the REST FulfillmentOrder shape (no such recording exists): one open fulfillment order for the
    /// sample order's three lines, one closed. Its id is above 2^53, so it must be sent back exactly.
    /// </summary>
    private const string FulfillmentOrders = """
        {"fulfillment_orders":[
          {"id": 9007199254740993, "order_id": 450789469, "assigned_location_id": 905684977, "status": "open",
           "line_items": [
             {"id": 1058737487, "fulfillment_order_id": 9007199254740993, "line_item_id": 466157049, "quantity": 1, "fulfillable_quantity": 1},
             {"id": 1058737488, "fulfillment_order_id": 9007199254740993, "line_item_id": 518995019, "quantity": 2, "fulfillable_quantity": 2},
             {"id": 1058737489, "fulfillment_order_id": 9007199254740993, "line_item_id": 703073504, "quantity": 1, "fulfillable_quantity": 1}]},
          {"id": 1046000790, "order_id": 450789469, "status": "closed",
           "line_items": [{"id": 1058737490, "fulfillment_order_id": 1046000790, "line_item_id": 518995019, "quantity": 5, "fulfillable_quantity": 5}]}
        ]}
        """;

    private ShopifyApi _api = null!;

    public async Task InitializeAsync()
    {
        _api = await ShopifyApi.StartAsync();
        var recorded = Recorded.Unwrapped("rest-admin/fulfillment.json", "fulfillment");
        _api.On("GET", "orders/*/fulfillments.json", $$"""{"fulfillments":[{{recorded}}]}""")
            .On("GET", "orders/*/fulfillment_orders.json", FulfillmentOrders)
            .On("GET", "orders/450789469.json", Recorded.Text("rest-admin/order.json"))
            .On("POST", "fulfillments.json", Recorded.Text("rest-admin/fulfillment.json"), 201);
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    private static FulfillmentPush Push(string tracking = "1Z999AA10123456784", params FulfillmentPushLine[] lines) =>
        new("shp-77", "450789469", "UPS", tracking, "https://www.ups.com/track?tracknum=" + tracking, lines);

    [Fact]
    public async Task Shipped_lines_are_matched_to_the_open_fulfillment_order_by_line_id_or_sku_and_posted_with_tracking()
    {
        await _api.Connector.PushFulfillmentAsync(_api.Store,
            Push(lines: [new FulfillmentPushLine("466157049", "IPOD2008GREEN", 1), new FulfillmentPushLine(null, "IPOD2008RED", 2)]),
            CancellationToken.None);

        Assert.Equal("/admin/api/2025-10/orders/450789469/fulfillments.json", Assert.Single(_api.Sent("GET", "orders/*/fulfillments.json")).Path);
        Assert.Equal("/admin/api/2025-10/orders/450789469/fulfillment_orders.json", Assert.Single(_api.Sent("GET", "orders/*/fulfillment_orders.json")).Path);
        // A line without its Shopify id is found by SKU in the order's lines.
        Assert.Equal("?fields=id,line_items", Assert.Single(_api.Sent("GET", "orders/450789469.json")).Query);
        var post = Assert.Single(_api.Sent("POST", "fulfillments.json"));
        Assert.Equal(ShopifyApi.Token, post.Header("X-Shopify-Access-Token"));
        Assert.StartsWith("application/json", post.Header("Content-Type"));
        Assert.Contains("\"fulfillment_order_id\":9007199254740993", post.BodyText);
        var fulfillment = JsonNode.Parse(post.BodyText)!["fulfillment"]!;
        var group = Assert.Single(fulfillment["line_items_by_fulfillment_order"]!.AsArray())!;
        Assert.Equal(9007199254740993L, group["fulfillment_order_id"]!.GetValue<long>());
        Assert.Equal(
            """[{"id":1058737487,"quantity":1},{"id":1058737488,"quantity":2}]""",
            group["fulfillment_order_line_items"]!.ToJsonString());
        Assert.Equal(
            """{"company":"UPS","number":"1Z999AA10123456784","url":"https://www.ups.com/track?tracknum=1Z999AA10123456784"}""",
            fulfillment["tracking_info"]!.ToJsonString());
        Assert.True(fulfillment["notify_customer"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Lines_with_their_shopify_ids_need_no_look_up_of_the_order()
    {
        await _api.Connector.PushFulfillmentAsync(_api.Store,
            Push(lines: new FulfillmentPushLine("703073504", "IPOD2008BLACK", 1)) with { NotifyCustomer = false, TrackingUrl = null },
            CancellationToken.None);

        Assert.Empty(_api.Sent("GET", "orders/450789469.json"));
        var fulfillment = JsonNode.Parse(Assert.Single(_api.Sent("POST", "fulfillments.json")).BodyText)!["fulfillment"]!;
        Assert.Equal("""[{"id":1058737489,"quantity":1}]""", fulfillment["line_items_by_fulfillment_order"]![0]!["fulfillment_order_line_items"]!.ToJsonString());
        Assert.Null(fulfillment["tracking_info"]!["url"]);
        Assert.False(fulfillment["notify_customer"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_shipment_without_lines_fulfils_every_open_fulfillment_order_whole()
    {
        await _api.Connector.PushFulfillmentAsync(_api.Store, Push(), CancellationToken.None);

        var fulfillment = JsonNode.Parse(Assert.Single(_api.Sent("POST", "fulfillments.json")).BodyText)!["fulfillment"]!;
        Assert.Equal("""[{"fulfillment_order_id":9007199254740993}]""", fulfillment["line_items_by_fulfillment_order"]!.ToJsonString());
    }

    [Fact]
    public async Task A_tracking_number_the_order_already_has_is_not_recorded_again()
    {
        // The recorded fulfillment (status "pending") carries tracking number 1Z2345: this push was made before.
        await _api.Connector.PushFulfillmentAsync(_api.Store, Push("1Z2345", new FulfillmentPushLine("466157049", "IPOD2008GREEN", 1)),
            CancellationToken.None);

        Assert.Single(_api.Sent("GET", "orders/*/fulfillments.json"));
        Assert.Empty(_api.Sent("GET", "orders/*/fulfillment_orders.json"));
        Assert.Empty(_api.Sent("POST", "fulfillments.json"));
    }

    [Fact]
    public async Task A_cancelled_fulfillment_with_the_same_tracking_number_does_not_count()
    {
        var cancelled = Recorded.Unwrapped("rest-admin/fulfillment.json", "fulfillment").Replace("\"status\": \"pending\"", "\"status\": \"cancelled\"");
        _api.On("GET", "orders/*/fulfillments.json", $$"""{"fulfillments":[{{cancelled}}]}""");

        await _api.Connector.PushFulfillmentAsync(_api.Store, Push("1Z2345", new FulfillmentPushLine("466157049", "IPOD2008GREEN", 1)),
            CancellationToken.None);

        Assert.Single(_api.Sent("POST", "fulfillments.json"));
    }

    [Fact]
    public async Task More_than_is_left_to_fulfil_is_rejected_before_anything_is_posted()
    {
        var error = await Assert.ThrowsAsync<StorefrontException>(() => _api.Connector.PushFulfillmentAsync(_api.Store,
            Push(lines: new FulfillmentPushLine("518995019", "IPOD2008RED", 3)), CancellationToken.None));

        Assert.Equal(StorefrontErrorKind.Rejected, error.Kind);
        Assert.Contains("only 2 of the 3 of SKU 'IPOD2008RED'", error.Message);
        Assert.Empty(_api.Sent("POST", "fulfillments.json"));
    }

    [Fact]
    public async Task A_sku_the_order_does_not_have_is_rejected()
    {
        var error = await Assert.ThrowsAsync<StorefrontException>(() => _api.Connector.PushFulfillmentAsync(_api.Store,
            Push(lines: new FulfillmentPushLine(null, "NOT-ON-ORDER", 1)), CancellationToken.None));

        Assert.Equal(StorefrontErrorKind.Rejected, error.Kind);
        Assert.Contains("'NOT-ON-ORDER'", error.Message);
        Assert.Empty(_api.Sent("POST", "fulfillments.json"));
    }

    [Fact]
    public async Task A_shipment_whose_lines_ship_nothing_is_rejected()
    {
        var error = await Assert.ThrowsAsync<StorefrontException>(() => _api.Connector.PushFulfillmentAsync(_api.Store,
            Push(lines: new FulfillmentPushLine("466157049", "IPOD2008GREEN", 0)), CancellationToken.None));

        Assert.Equal(StorefrontErrorKind.Rejected, error.Kind);
        Assert.Empty(_api.Sent("POST", "fulfillments.json"));
    }

    [Fact]
    public async Task An_order_with_nothing_open_is_rejected()
    {
        _api.On("GET", "orders/*/fulfillment_orders.json", """{"fulfillment_orders":[{"id": 1, "status": "on_hold", "line_items": []}]}""");

        var error = await Assert.ThrowsAsync<StorefrontException>(() => _api.Connector.PushFulfillmentAsync(_api.Store, Push(), CancellationToken.None));

        Assert.Equal(StorefrontErrorKind.Rejected, error.Kind);
        Assert.Contains("no open fulfillment order", error.Message);
    }

    [Fact]
    public async Task An_order_id_that_is_not_shopifys_is_rejected_without_a_call()
    {
        var error = await Assert.ThrowsAsync<StorefrontException>(() => _api.Connector.PushFulfillmentAsync(_api.Store,
            Push() with { ExternalOrderId = "../shop.json" }, CancellationToken.None));

        Assert.Equal(StorefrontErrorKind.Rejected, error.Kind);
        Assert.Empty(_api.Server.Requests);
    }

    [Fact]
    public async Task Shopifys_422_on_the_fulfillment_is_rejected_with_its_reason_and_not_repeated()
    {
        _api.On("POST", "fulfillments.json", """{"errors":["Fulfillment order 9007199254740993 has an unfulfillable status= closed."]}""", 422);

        var error = await Assert.ThrowsAsync<StorefrontException>(() => _api.Connector.PushFulfillmentAsync(_api.Store,
            Push(lines: new FulfillmentPushLine("466157049", "IPOD2008GREEN", 1)), CancellationToken.None));

        Assert.Equal(StorefrontErrorKind.Rejected, error.Kind);
        Assert.Equal(422, error.StatusCode);
        Assert.Contains("unfulfillable status= closed", error.Message);
        Assert.DoesNotContain(ShopifyApi.Token, error.Message);
        Assert.Single(_api.Sent("POST", "fulfillments.json"));
    }
}
