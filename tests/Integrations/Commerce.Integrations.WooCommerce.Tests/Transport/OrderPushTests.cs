using System.Text.Json.Nodes;
using Commerce.Integrations.Abstractions.Storefronts;

namespace Commerce.Integrations.WooCommerce.Tests.Transport;

public sealed class OrderPushTests : IAsyncLifetime
{
    private const string Tracking = "1Z999AA10123456784";
    private WooCommerceApi _api = null!;

    public async Task InitializeAsync() => _api = await WooCommerceApi.StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    private static FulfillmentPush Shipment => new("shp-41", "727", "UPS", Tracking, "https://www.ups.com/track?tracknum=" + Tracking,
        [new FulfillmentPushLine("316", "Bar3", 1)]);

    private static RefundPush Refund => new("rf-77", "727", 12m, "USD", "Damaged in transit", [new RefundPushLine(null, "Bar3", 1, Restock: false)]);

    private void AnswerOrderCalls(string notes = "[]", string refunds = "[]")
    {
        _api.On("GET", "orders/*/notes", WooCommerceApi.Page(notes, totalPages: 1));
        _api.On("POST", "orders/*/notes", WooCommerceApi.Fixture("rest-v3/order-notes-create.response.json", 201));
        _api.On("PUT", "orders/*", WooCommerceApi.Fixture("rest-v3/orders-update-status.response.json"));
        _api.On("GET", "orders/*", WooCommerceApi.Fixture(Recorded.Retrieve));
        _api.On("GET", "orders/*/refunds", WooCommerceApi.Page(refunds, totalPages: 1));
        _api.On("POST", "orders/*/refunds", WooCommerceApi.Fixture("rest-v3/order-refunds-create.response.json", 201));
    }

    [Fact]
    public async Task A_fulfillment_adds_a_customer_note_with_the_tracking_and_completes_the_order()
    {
        AnswerOrderCalls(notes: "[" + Recorded.Text("rest-v3/order-notes-create.response.json") + "]");

        await _api.Connector.PushFulfillmentAsync(_api.Store, Shipment, CancellationToken.None);

        Assert.Equal(
            ["GET /wp-json/wc/v3/orders/727/notes", "POST /wp-json/wc/v3/orders/727/notes", "PUT /wp-json/wc/v3/orders/727"],
            _api.Server.Requests.Select(r => $"{r.Method} {r.Path}"));
        var note = Assert.Single(_api.RequestsTo("POST", "orders/*/notes"));
        Assert.StartsWith("application/json", note.Header("Content-Type"));
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse($$"""{"note":"Shipped with UPS: {{Tracking}} https://www.ups.com/track?tracknum={{Tracking}}","customer_note":true}"""),
            JsonNode.Parse(note.BodyText)), note.BodyText);
        Assert.True(JsonNode.DeepEquals(Recorded.Node("rest-v3/orders-update-status.request.json"),
            JsonNode.Parse(Assert.Single(_api.RequestsTo("PUT", "orders/*")).BodyText)));
    }

    [Fact]
    public async Task A_fulfillment_pushed_again_writes_no_second_note()
    {
        var earlier = Recorded.Node("rest-v3/order-notes-create.response.json");
        earlier["note"] = $"Shipped with UPS: {Tracking}";
        earlier["customer_note"] = true;
        AnswerOrderCalls(notes: new JsonArray(earlier).ToJsonString());

        await _api.Connector.PushFulfillmentAsync(_api.Store, Shipment, CancellationToken.None);

        Assert.Empty(_api.RequestsTo("POST", "orders/*/notes"));
        Assert.Single(_api.RequestsTo("PUT", "orders/*"));
    }

    [Fact]
    public async Task A_refund_is_posted_with_our_marker_recorded_only_and_with_its_lines()
    {
        AnswerOrderCalls(refunds: "[" + Recorded.Text("rest-v3/order-refunds-create.response.json") + "]");

        await _api.Connector.PushRefundAsync(_api.Store, Refund, CancellationToken.None);

        Assert.Equal(
            ["GET /wp-json/wc/v3/orders/727/refunds", "GET /wp-json/wc/v3/orders/727", "POST /wp-json/wc/v3/orders/727/refunds"],
            _api.Server.Requests.Select(r => $"{r.Method} {r.Path}"));
        Assert.Equal("?per_page=100&page=1", _api.RequestsTo("GET", "orders/*/refunds")[0].Query);
        var body = JsonNode.Parse(Assert.Single(_api.RequestsTo("POST", "orders/*/refunds")).BodyText)!;
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""
            {"amount":"12.00","reason":"Damaged in transit [commerce-refund:rf-77]","api_refund":false,"api_restock":false,
             "line_items":[{"id":316,"quantity":1,"refund_total":12}]}
            """), body), body.ToJsonString());
    }

    [Fact]
    public async Task A_store_set_to_refund_through_the_gateway_sends_api_refund()
    {
        AnswerOrderCalls();

        await _api.Connector.PushRefundAsync(_api.StoreWith(("RecordRefundsOnly", "false")), Refund, CancellationToken.None);

        Assert.True(JsonNode.Parse(Assert.Single(_api.RequestsTo("POST", "orders/*/refunds")).BodyText)!["api_refund"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_refund_already_recorded_under_our_id_is_not_sent_again()
    {
        var earlier = Recorded.Node("rest-v3/order-refunds-create.response.json");
        earlier["reason"] = "Damaged in transit [commerce-refund:rf-77]";
        AnswerOrderCalls(refunds: new JsonArray(earlier).ToJsonString());

        await _api.Connector.PushRefundAsync(_api.Store, Refund, CancellationToken.None);

        Assert.Empty(_api.RequestsTo("POST", "orders/*/refunds"));
        Assert.Empty(_api.RequestsTo("GET", "orders/*"));
    }

    [Fact]
    public async Task Earlier_refunds_are_read_page_by_page_to_find_ours()
    {
        AnswerOrderCalls();
        var ours = Recorded.Node("rest-v3/order-refunds-create.response.json");
        ours["reason"] = "[commerce-refund:rf-77]";
        _api.On("GET", "orders/*/refunds", request => WooCommerceApi.Query(request)["page"] == "2"
            ? WooCommerceApi.Page(new JsonArray(ours), totalPages: 2)
            : WooCommerceApi.Page("[" + Recorded.Text("rest-v3/order-refunds-create.response.json") + "]", totalPages: 2));

        await _api.Connector.PushRefundAsync(_api.Store, Refund, CancellationToken.None);

        Assert.Equal(["1", "2"], _api.RequestsTo("GET", "orders/*/refunds").Select(r => WooCommerceApi.Query(r)["page"]));
        Assert.Empty(_api.RequestsTo("POST", "orders/*/refunds"));
    }

    [Fact]
    public async Task A_refund_in_another_currency_than_the_order_is_rejected_before_anything_is_refunded()
    {
        AnswerOrderCalls();

        var error = await Assert.ThrowsAsync<StorefrontException>(() =>
            _api.Connector.PushRefundAsync(_api.Store, Refund with { Currency = "EUR" }, CancellationToken.None));

        Assert.Equal(StorefrontErrorKind.Rejected, error.Kind);
        Assert.Empty(_api.RequestsTo("POST", "orders/*/refunds"));
    }

    [Fact]
    public async Task Cancelling_sets_the_order_status_to_cancelled_and_keeps_the_reason_in_a_private_note()
    {
        AnswerOrderCalls();

        await _api.Connector.CancelOrderAsync(_api.Store, "727", " customer asked ", CancellationToken.None);

        Assert.Equal(
            ["PUT /wp-json/wc/v3/orders/727", "GET /wp-json/wc/v3/orders/727/notes", "POST /wp-json/wc/v3/orders/727/notes"],
            _api.Server.Requests.Select(r => $"{r.Method} {r.Path}"));
        Assert.Equal("""{"status":"cancelled"}""", Assert.Single(_api.RequestsTo("PUT", "orders/*")).BodyText);
        var note = JsonNode.Parse(Assert.Single(_api.RequestsTo("POST", "orders/*/notes")).BodyText)!;
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"note":"Cancelled in Commerce: customer asked","customer_note":false}"""), note),
            note.ToJsonString());
    }

    [Fact]
    public async Task A_cancellation_without_a_reason_only_sets_the_status()
    {
        AnswerOrderCalls();

        await _api.Connector.CancelOrderAsync(_api.Store, "727", "  ", CancellationToken.None);

        var request = Assert.Single(_api.Server.Requests);
        Assert.Equal(("PUT", "/wp-json/wc/v3/orders/727"), (request.Method, request.Path));
        Assert.Equal("""{"status":"cancelled"}""", request.BodyText);
    }

    [Fact]
    public async Task A_cancellation_pushed_again_writes_no_second_note()
    {
        var earlier = Recorded.Node("rest-v3/order-notes-create.response.json");
        earlier["note"] = "Cancelled in Commerce: customer asked";
        earlier["customer_note"] = false;
        AnswerOrderCalls(notes: new JsonArray(earlier).ToJsonString());

        await _api.Connector.CancelOrderAsync(_api.Store, "727", "customer asked", CancellationToken.None);

        Assert.Single(_api.RequestsTo("PUT", "orders/*"));
        Assert.Empty(_api.RequestsTo("POST", "orders/*/notes"));
    }

    [Theory]
    [InlineData("../products/12")]
    [InlineData("727?force=true")]
    [InlineData("#727")]
    [InlineData("0")]
    public async Task An_order_id_that_is_not_a_woocommerce_id_is_rejected_without_a_call(string id)
    {
        var error = await Assert.ThrowsAsync<StorefrontException>(() => _api.Connector.CancelOrderAsync(_api.Store, id, null, CancellationToken.None));

        Assert.Equal(StorefrontErrorKind.Rejected, error.Kind);
        Assert.Empty(_api.Server.Requests);
    }
}
