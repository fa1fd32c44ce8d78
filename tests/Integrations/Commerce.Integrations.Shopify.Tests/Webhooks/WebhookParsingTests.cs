using System.Text;
using Commerce.Integrations.Abstractions;
using Commerce.Integrations.Abstractions.Storefronts;
using Microsoft.Extensions.DependencyInjection;
using static Commerce.Integrations.Shopify.Tests.Webhooks.Deliveries;

namespace Commerce.Integrations.Shopify.Tests.Webhooks;

public sealed class WebhookParsingTests
{
    private readonly IStorefrontConnector _connector = new ShopifyConnector(
        new ServiceCollection().AddHttpClient().BuildServiceProvider().GetRequiredService<IHttpClientFactory>(), TimeProvider.System);

    [Fact]
    public void The_identity_comes_from_the_headers()
    {
        var identity = _connector.IdentifyWebhook(Delivery("orders/create", Recorded.OrderBody));

        Assert.Equal("orders/create", identity.Topic);
        Assert.Equal("b54557e4-bdd9-4b37-8a5f-bf7d70bcd043", identity.DeliveryId);
        Assert.Equal("98880550-7158-44d4-b7cd-2c97c8a091b5", identity.EventId);
        Assert.Equal(new DateTimeOffset(2025, 11, 26, 17, 26, 3, TimeSpan.Zero).AddTicks(1234567), identity.TriggeredAt);
    }

    [Fact]
    public void Lower_case_and_unprefixed_header_names_identify_too()
    {
        var delivery = new WebhookDelivery(new Dictionary<string, string>
        {
            ["shopify-topic"] = "Orders/Updated",
            ["x-shopify-webhook-id"] = "w-1",
        }, Encoding.UTF8.GetBytes("{}"));

        var identity = _connector.IdentifyWebhook(delivery);

        Assert.Equal(new WebhookIdentity("orders/updated", "w-1", null, null), identity);
    }

    [Fact]
    public void A_delivery_without_a_topic_is_malformed()
    {
        var delivery = new WebhookDelivery(new Dictionary<string, string> { ["X-Shopify-Webhook-Id"] = "w-1" }, [1, 2]);

        Assert.Equal(StorefrontErrorKind.Malformed, Assert.Throws<StorefrontException>(() => _connector.IdentifyWebhook(delivery)).Kind);
    }

    [Theory]
    [InlineData("orders/create")]
    [InlineData("orders/updated")]
    [InlineData("orders/cancelled")]
    public void An_order_topic_carries_the_order(string topic)
    {
        var change = Assert.IsType<StoreOrderChanged>(_connector.ParseWebhook(Store(), Delivery(topic, Recorded.OrderBody)));

        Assert.Equal("450789469", change.Order.ExternalId);
        Assert.Equal(3, change.Order.Lines.Count);
    }

    [Fact]
    public void An_orders_cancelled_delivery_carries_a_cancelled_order()
    {
        var body = Recorded.OrderBody
            .Replace("\"cancelled_at\": null", "\"cancelled_at\": \"2025-11-26T12:00:00-05:00\"")
            .Replace("\"cancel_reason\": null", "\"cancel_reason\": \"inventory\"")
            .Replace("\"id\": 450789469", "\"id\": 820982911946154508");

        var change = Assert.IsType<StoreOrderChanged>(_connector.ParseWebhook(Store(), Delivery("orders/cancelled", body)));

        Assert.Equal("820982911946154508", change.Order.ExternalId);
        Assert.True(change.Order.Cancelled);
        Assert.Equal("inventory", change.Order.CancelReason);
    }

    [Fact]
    public void An_order_still_in_its_rest_envelope_is_read_too()
    {
        var change = Assert.IsType<StoreOrderChanged>(_connector.ParseWebhook(Store(),
            Delivery("orders/updated", Recorded.Text("webhooks/order.fulfillment-integration.json"))));

        Assert.Equal("450789469", change.Order.ExternalId);
        Assert.Equal("#1001", change.Order.Number);
    }

    [Fact]
    public void A_refunds_create_delivery_carries_the_refund()
    {
        var refund = Assert.IsType<StoreRefundCreated>(_connector.ParseWebhook(Store(), Delivery("refunds/create", Recorded.RefundBody)));

        Assert.Equal("509562969", refund.RefundId);
        Assert.Equal("450789469", refund.ExternalOrderId);
        Assert.Equal(209.00m, refund.Amount);
        Assert.Equal(2, refund.Lines.Count);
    }

    [Theory]
    [InlineData("fulfillments/create")]
    [InlineData("products/update")]
    [InlineData("app/uninstalled")]
    public void Any_other_topic_is_ignored_without_reading_the_body(string topic)
    {
        var body = Recorded.Text("webhooks/fulfillments-create.fulfillment-service.body.json");

        Assert.Equal(new StoreEventIgnored(topic), _connector.ParseWebhook(Store(), Delivery(topic, body)));
        Assert.Equal(new StoreEventIgnored(topic), _connector.ParseWebhook(Store(), Delivery(topic, "not json")));
    }

    [Theory]
    [InlineData("orders/create", "{\"id\": 1,")]
    [InlineData("orders/create", "")]
    [InlineData("refunds/create", "[1,2,3]")]
    [InlineData("orders/updated", "{\"name\": \"#1001\"}")]
    public void An_order_or_refund_body_that_cannot_be_read_is_malformed_with_a_reason(string topic, string body)
    {
        var error = Assert.Throws<StorefrontException>(() => _connector.ParseWebhook(Store(), Delivery(topic, body)));

        Assert.Equal(StorefrontErrorKind.Malformed, error.Kind);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }
}
