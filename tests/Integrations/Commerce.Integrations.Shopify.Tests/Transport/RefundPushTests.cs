using System.Text.Json.Nodes;
using Commerce.Integrations.Abstractions.Storefronts;

namespace Commerce.Integrations.Shopify.Tests.Transport;

public sealed class RefundPushTests : IAsyncLifetime
{
    /// <summary>
    /// Written here in the REST Order shape trimmed by <c>fields=id,line_items</c>: the red iPod bought twice, one of them
    /// shipped; the black one shipped.
    /// </summary>
    private const string OrderLines = """
        {"order":{"id": 450789469, "line_items": [
          {"id": 518995019, "sku": "IPOD2008RED", "quantity": 2, "fulfillable_quantity": 1},
          {"id": 703073504, "sku": "IPOD2008BLACK", "quantity": 1, "fulfillable_quantity": 0}]}}
        """;

    private ShopifyApi _api = null!;

    public async Task InitializeAsync()
    {
        _api = await ShopifyApi.StartAsync();
        _api.On("GET", "orders/*/refunds.json", $$"""{"refunds":[{{Recorded.RefundBody}}]}""")
            .On("GET", "orders/450789469.json", OrderLines)
            .On("POST", "orders/*/refunds/calculate.json", Recorded.Text("rest-admin/refund_calculate.json"))
            .On("POST", "orders/*/refunds.json", Recorded.Text("rest-admin/refund.json"), 201);
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    private static RefundPush Refund(decimal amount = 30.00m) => new("rf-42", "450789469", amount, "USD", "Damaged in transit",
        [new RefundPushLine(null, "IPOD2008RED", 2, Restock: true), new RefundPushLine("703073504", "IPOD2008BLACK", 1, Restock: false)]);

    [Fact]
    public async Task A_refund_is_calculated_then_created_with_shopifys_payment_our_amount_restocking_and_our_id_in_the_note()
    {
        await _api.Connector.PushRefundAsync(_api.Store, Refund(), CancellationToken.None);

        Assert.Equal("/admin/api/2025-10/orders/450789469/refunds.json", Assert.Single(_api.Sent("GET", "orders/*/refunds.json")).Path);
        Assert.Equal("?fields=id,line_items", Assert.Single(_api.Sent("GET", "orders/450789469.json")).Query);
        // The unshipped red unit is cancelled back into stock, the shipped one returned; the black one is not restocked.
        const string lines = """[{"line_item_id":518995019,"quantity":1,"restock_type":"cancel","location_id":905684977},"""
            + """{"line_item_id":518995019,"quantity":1,"restock_type":"return","location_id":905684977},"""
            + """{"line_item_id":703073504,"quantity":1,"restock_type":"no_restock"}]""";
        var calculate = Assert.Single(_api.Sent("POST", "orders/*/refunds/calculate.json"));
        Assert.Equal("/admin/api/2025-10/orders/450789469/refunds/calculate.json", calculate.Path);
        Assert.Equal($$$"""{"refund":{"currency":"USD","refund_line_items":{{{lines}}}}}""", JsonNode.Parse(calculate.BodyText)!.ToJsonString());
        var create = Assert.Single(_api.Sent("POST", "orders/*/refunds.json"));
        Assert.Equal(ShopifyApi.Token, create.Header("X-Shopify-Access-Token"));
        Assert.Equal(
            $$$"""{"refund":{"currency":"USD","note":"Damaged in transit [commerce-refund:rf-42]","refund_line_items":{{{lines}}},"transactions":[{"kind":"refund","amount":30.00,"parent_id":801038806,"gateway":"bogus"}]}}""",
            JsonNode.Parse(create.BodyText)!.ToJsonString());
    }

    [Fact]
    public async Task A_refund_already_in_shopify_with_our_id_is_not_created_again()
    {
        var ours = Recorded.RefundBody.Replace("\"note\": \"it broke during shipping\"", "\"note\": \"Damaged in transit [commerce-refund:rf-42]\"");
        _api.On("GET", "orders/*/refunds.json", $$"""{"refunds":[{{ours}}]}""");

        await _api.Connector.PushRefundAsync(_api.Store, Refund(), CancellationToken.None);

        Assert.Single(_api.Sent("GET", "orders/*/refunds.json"));
        Assert.Empty(_api.Sent("POST", "orders/*/refunds/calculate.json"));
        Assert.Empty(_api.Sent("POST", "orders/*/refunds.json"));
    }

    [Fact]
    public async Task More_than_shopify_can_refund_is_rejected_before_the_refund_is_created()
    {
        var error = await Assert.ThrowsAsync<StorefrontException>(() => _api.Connector.PushRefundAsync(_api.Store, Refund(50m), CancellationToken.None));

        Assert.Equal(StorefrontErrorKind.Rejected, error.Kind);
        Assert.Contains("only 41.94 USD of the 50", error.Message);
        Assert.Empty(_api.Sent("POST", "orders/*/refunds.json"));
    }

    [Fact]
    public async Task A_money_only_refund_needs_no_order_lines()
    {
        await _api.Connector.PushRefundAsync(_api.Store, new RefundPush("rf-43", "450789469", 5m, "USD", null, []), CancellationToken.None);

        Assert.Empty(_api.Sent("GET", "orders/450789469.json"));
        var create = JsonNode.Parse(Assert.Single(_api.Sent("POST", "orders/*/refunds.json")).BodyText)!["refund"]!;
        Assert.Equal("[commerce-refund:rf-43]", (string?)create["note"]);
        Assert.Equal("[]", create["refund_line_items"]!.ToJsonString());
        Assert.Equal(5m, create["transactions"]![0]!["amount"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task Restocking_without_a_location_is_a_configuration_error()
    {
        var error = await Assert.ThrowsAsync<StorefrontException>(() =>
            _api.Connector.PushRefundAsync(_api.StoreWith(("LocationId", null)), Refund(), CancellationToken.None));

        Assert.Equal(StorefrontErrorKind.Configuration, error.Kind);
        Assert.Empty(_api.Sent("POST", "orders/*/refunds/calculate.json"));
    }
}
