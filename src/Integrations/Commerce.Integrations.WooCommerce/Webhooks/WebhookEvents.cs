using System.Security.Cryptography;
using System.Text.Json;
using Commerce.Integrations.Abstractions;
using Commerce.Integrations.Abstractions.Storefronts;
using Commerce.Integrations.WooCommerce.Mapping;

namespace Commerce.Integrations.WooCommerce.Webhooks;

/// <summary>
/// Topic routing for WooCommerce deliveries. The body of <c>order.created|updated|restored</c> is the order as
/// <c>GET /orders/{id}</c> gives it; <c>order.deleted</c> (also sent when an order is trashed) carries only
/// <c>{"id": n}</c>. WooCommerce has no refund topic: a refund arrives as <c>order.updated</c> (status <c>refunded</c>
/// once refunds reach the total), so no <see cref="StoreRefundCreated"/> comes from here.
/// </summary>
internal static class WebhookEvents
{
    public const string PingTopic = "webhook.ping";
    public const string UnknownTopic = "unknown";

    /// <summary>
    /// WooCommerce sends no event id and no timestamp. Its <c>X-WC-Webhook-Delivery-ID</c> is
    /// <c>wp_hash(webhook id . time())</c>, the same for every delivery of a webhook within one second, so two different
    /// changes to an order saved in the same second would share it. The delivery id is therefore that header followed by
    /// a digest of the body: deliveries that differ keep apart, a byte-identical repeat is still a duplicate.
    /// </summary>
    public static WebhookIdentity Identify(WebhookDelivery delivery)
    {
        var topic = delivery.Header(WebhookSignature.TopicHeader)?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(topic)) topic = WebhookSignature.IsActivationPing(delivery) ? PingTopic : UnknownTopic;
        var deliveryId = delivery.Header(WebhookSignature.DeliveryIdHeader)?.Trim() is { Length: > 0 } id
            ? $"{id}.{Convert.ToHexStringLower(SHA256.HashData(delivery.Body))[..16]}"
            : null;
        return new WebhookIdentity(topic, deliveryId, EventId: null, TriggeredAt: null);
    }

    /// <param name="receivedAt">When the delivery arrived: the time of a deletion, which WooCommerce does not send.</param>
    public static StorefrontEvent Parse(WebhookDelivery delivery, DateTimeOffset receivedAt)
    {
        var topic = Identify(delivery).Topic;
        switch (topic)
        {
            case "order.created" or "order.updated" or "order.restored":
                return Read(delivery, topic, root => new StoreOrderChanged(OrderMapper.Map(root)));
            case "order.deleted":
                return Read(delivery, topic, root => new StoreOrderDeleted(
                    root.Id("id") ?? throw Malformed(topic, "has no order id"), receivedAt));
            default:
                return new StoreEventIgnored(topic);
        }
    }

    private static StorefrontEvent Read(WebhookDelivery delivery, string topic, Func<JsonElement, StorefrontEvent> read)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(delivery.Body);
        }
        catch (JsonException e)
        {
            throw new StorefrontException(StorefrontErrorKind.Malformed, $"WooCommerce's {topic} delivery is not JSON.", inner: e);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw Malformed(topic, "is not a JSON object");
            if (root.Prop("order") is { ValueKind: JsonValueKind.Object } && root.Prop("id") is null)
                throw Malformed(topic, "is in the legacy API format: set the webhook's API version to WP REST API Integration v3");
            return read(root);
        }
    }

    private static StorefrontException Malformed(string topic, string problem) =>
        new(StorefrontErrorKind.Malformed, $"WooCommerce's {topic} delivery {problem}.");
}
