using System.Text.Json.Nodes;
using Commerce.Integrations.Abstractions.Storefronts;

namespace Commerce.Integrations.Shopify.Tests.Transport;

public sealed class CancelOrderTests : IAsyncLifetime
{
    private ShopifyApi _api = null!;

    public async Task InitializeAsync()
    {
        _api = await ShopifyApi.StartAsync();
        _api.On("GET", "orders/820982911946154508.json", """{"order":{"id": 820982911946154508, "cancelled_at": null}}""")
            .On("POST", "orders/*/cancel.json", Recorded.Text("rest-admin/order.json"));
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task An_open_order_is_cancelled_with_the_reason_in_shopifys_words()
    {
        await _api.Connector.CancelOrderAsync(_api.Store, "820982911946154508", "Out of stock", CancellationToken.None);

        Assert.Equal("?fields=id,cancelled_at", Assert.Single(_api.Sent("GET", "orders/820982911946154508.json")).Query);
        var post = Assert.Single(_api.Sent("POST", "orders/*/cancel.json"));
        Assert.Equal("/admin/api/2025-10/orders/820982911946154508/cancel.json", post.Path);
        Assert.Equal(ShopifyApi.Token, post.Header("X-Shopify-Access-Token"));
        Assert.Equal("""{"reason":"inventory"}""", JsonNode.Parse(post.BodyText)!.ToJsonString());
    }

    [Fact]
    public async Task An_order_shopify_already_cancelled_is_left_alone()
    {
        _api.On("GET", "orders/820982911946154508.json", """{"order":{"id": 820982911946154508, "cancelled_at": "2025-11-26T10:00:00-05:00"}}""");

        await _api.Connector.CancelOrderAsync(_api.Store, "820982911946154508", null, CancellationToken.None);

        Assert.Empty(_api.Sent("POST", "orders/*/cancel.json"));
    }

    [Fact]
    public async Task A_cancellation_shopify_refuses_is_rejected_with_its_reason()
    {
        _api.On("POST", "orders/*/cancel.json", """{"errors":{"base":["Cannot cancel an order that has fulfillments"]}}""", 422);

        var error = await Assert.ThrowsAsync<StorefrontException>(() =>
            _api.Connector.CancelOrderAsync(_api.Store, "820982911946154508", "customer", CancellationToken.None));

        Assert.Equal(StorefrontErrorKind.Rejected, error.Kind);
        Assert.Equal(422, error.StatusCode);
        Assert.EndsWith("Cannot cancel an order that has fulfillments", error.Message);
        Assert.Single(_api.Sent("POST", "orders/*/cancel.json"));
    }
}
