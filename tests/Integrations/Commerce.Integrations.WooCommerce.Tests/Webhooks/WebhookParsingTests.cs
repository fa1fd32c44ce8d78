using System.Text;
using Commerce.Integrations.Abstractions;
using Commerce.Integrations.Abstractions.Storefronts;
using Microsoft.Extensions.Time.Testing;

namespace Commerce.Integrations.WooCommerce.Tests.Webhooks;

public sealed class WebhookParsingTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 19, 10, 15, 0, TimeSpan.Zero);
    private readonly IStorefrontConnector _connector = Connectors.Create(new FakeTimeProvider(Now));
    private static readonly byte[] Body = Recorded.File(Recorded.OwnWebhook);

    [Theory]
    [InlineData("order.created")]
    [InlineData("order.updated")]
    [InlineData("order.restored")]
    public void An_order_topic_is_the_order_changed(string topic)
    {
        var parsed = _connector.ParseWebhook(Deliveries.Store, Deliveries.Signed(topic, Body));

        var order = Assert.IsType<StoreOrderChanged>(parsed).Order;
        Assert.Equal(("4182", "on-hold", false), (order.ExternalId, order.Status, order.Cancelled));
        Assert.Equal(2, order.Lines.Count);
    }

    [Fact]
    public void A_cancelled_order_is_a_change_with_the_order_cancelled()
    {
        var body = Encoding.UTF8.GetString(Body).Replace("\"status\": \"on-hold\"", "\"status\": \"cancelled\"", StringComparison.Ordinal);

        var order = Assert.IsType<StoreOrderChanged>(_connector.ParseWebhook(Deliveries.Store, Deliveries.Signed("order.updated", body))).Order;

        Assert.True(order.Cancelled);
    }

    [Fact]
    public void A_deleted_order_carries_only_its_id_and_is_dated_when_received()
    {
        var parsed = _connector.ParseWebhook(Deliveries.Store, Deliveries.Signed("order.deleted", """{"id":4182}"""));

        Assert.Equal(new StoreOrderDeleted("4182", Now), parsed);
    }

    [Theory]
    [InlineData("product.updated")]
    [InlineData("customer.created")]
    [InlineData("coupon.deleted")]
    [InlineData("action.woocommerce_payment_complete")]
    public void Other_topics_are_ignored_without_reading_the_body(string topic) =>
        Assert.Equal(new StoreEventIgnored(topic), _connector.ParseWebhook(Deliveries.Store, Deliveries.Signed(topic, "not json at all")));

    [Theory]
    [InlineData("order.updated", "{\"id\": 4182, \"status\"")]
    [InlineData("order.updated", "[1,2]")]
    [InlineData("order.updated", "{\"id\": 4182}")]
    [InlineData("order.deleted", "{\"order\": 4182}")]
    [InlineData("order.deleted", "garbage")]
    [InlineData("order.created", "{\"order\": {\"id\": 4182, \"created_at\": \"2026-10-14T07:41:07Z\"}}")]
    public void A_body_that_cannot_be_read_is_malformed(string topic, string body)
    {
        var error = Assert.Throws<StorefrontException>(() => _connector.ParseWebhook(Deliveries.Store, Deliveries.Signed(topic, body)));

        Assert.Equal(StorefrontErrorKind.Malformed, error.Kind);
    }

    [Fact]
    public void A_legacy_format_delivery_says_which_api_version_to_choose()
    {
        var error = Assert.Throws<StorefrontException>(() =>
            _connector.ParseWebhook(Deliveries.Store, Deliveries.Signed("order.created", """{"order":{"id":4182}}""")));

        Assert.Contains("API version", error.Message);
    }

    [Fact]
    public void The_identity_is_the_topic_and_the_delivery_id_with_a_digest_of_the_body_and_no_event_id()
    {
        var identity = _connector.IdentifyWebhook(Deliveries.Signed("Order.Updated", Body));

        Assert.Equal("order.updated", identity.Topic);
        Assert.StartsWith("0d8f1e5b27c84e6f9a1b3c5d7e9f1a2b.", identity.DeliveryId);
        Assert.Equal(16, identity.DeliveryId!.Split('.')[1].Length);
        Assert.Null(identity.EventId);
        Assert.Null(identity.TriggeredAt);
    }

    [Fact]
    public void Two_changes_delivered_in_the_same_second_keep_apart_and_a_repeat_is_the_same_delivery()
    {
        // WooCommerce's delivery id is wp_hash(webhook id . time()): equal within a second for different bodies.
        var first = _connector.IdentifyWebhook(Deliveries.Signed("order.updated", """{"id":4182,"status":"processing"}"""));
        var second = _connector.IdentifyWebhook(Deliveries.Signed("order.updated", """{"id":4182,"status":"completed"}"""));
        var repeat = _connector.IdentifyWebhook(Deliveries.Signed("order.updated", """{"id":4182,"status":"completed"}"""));

        Assert.NotEqual(first.DeliveryId, second.DeliveryId);
        Assert.Equal(second.DeliveryId, repeat.DeliveryId);
    }

    [Fact]
    public void The_ping_is_identified_as_such_and_parsed_as_ignored()
    {
        var ping = Deliveries.Ping();

        Assert.Equal(new WebhookIdentity("webhook.ping", null, null, null), _connector.IdentifyWebhook(ping));
        Assert.Equal(new StoreEventIgnored("webhook.ping"), _connector.ParseWebhook(Deliveries.Store, ping));
        Assert.Equal("unknown", _connector.IdentifyWebhook(new WebhookDelivery(new Dictionary<string, string>(), "{}"u8.ToArray())).Topic);
    }
}
