using System.Globalization;
using Acme.Commerce.Connector.Mapping;
using Commerce.Integrations.Abstractions;
using Commerce.Integrations.Abstractions.Storefronts;

namespace Acme.Commerce.Connector.Webhooks;

/// <summary>
/// Acme's webhook deliveries: <c>POST</c> with the order as the body and
/// <list type="bullet">
/// <item><c>X-Acme-Signature: sha256=&lt;hex&gt;</c>, the lower-case hex HMAC-SHA256 of the raw body keyed with the
/// store's webhook secret — checked, in constant time, before anything is parsed;</item>
/// <item><c>X-Acme-Event</c>: <c>order.created</c>, <c>order.updated</c>, <c>order.cancelled</c>, or <c>ping</c> (sent,
/// signed, when a webhook is set up);</item>
/// <item><c>X-Acme-Delivery</c>: the delivery's id, the same on each of Acme's retries of it (the dedupe key);</item>
/// <item><c>X-Acme-Sent-At</c>: when Acme first sent it (RFC 3339).</item>
/// </list>
/// </summary>
internal static class AcmeWebhooks
{
    public const string SignatureHeader = "X-Acme-Signature";
    public const string EventHeader = "X-Acme-Event";
    public const string DeliveryHeader = "X-Acme-Delivery";
    public const string SentAtHeader = "X-Acme-Sent-At";
    public const string SignaturePrefix = "sha256=";
    public const string PingEvent = "ping";

    private static readonly HashSet<string> OrderEvents = new(StringComparer.Ordinal) { "order.created", "order.updated", "order.cancelled" };

    /// <summary>
    /// Valid when the signature is the body's HMAC under the store's secret or, during a rotation, its previous one (both
    /// are always computed). A valid ping is <see cref="WebhookCheck.Ping"/>: answered 200, stored nowhere. A store
    /// without a secret is a configuration error, so that nobody wonders why every delivery is refused.
    /// </summary>
    public static WebhookCheck Verify(StoreAccount store, WebhookDelivery delivery)
    {
        var secret = store.Setting(AcmeSettings.WebhookSecret);
        var previous = store.OptionalSetting(AcmeSettings.PreviousWebhookSecret);
        var header = delivery.Header(SignatureHeader)?.Trim();
        if (header is null || !header.StartsWith(SignaturePrefix, StringComparison.OrdinalIgnoreCase)) return WebhookCheck.Invalid;

        var hex = header[SignaturePrefix.Length..];
        var valid = HmacSignature.VerifyHex(hex, delivery.Body, secret) | HmacSignature.VerifyHex(hex, delivery.Body, previous);
        if (!valid) return WebhookCheck.Invalid;
        return Topic(delivery) == PingEvent ? WebhookCheck.Ping : WebhookCheck.Valid;
    }

    public static WebhookIdentity Identify(WebhookDelivery delivery)
    {
        var topic = Topic(delivery)
            ?? throw new StorefrontException(StorefrontErrorKind.Malformed, $"The Acme delivery has no {EventHeader} header.");
        var deliveryId = delivery.Header(DeliveryHeader)?.Trim() is { Length: > 0 } id ? id : null;
        var sentAt = delivery.Header(SentAtHeader) is { } text
                     && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at
            : (DateTimeOffset?)null;
        return new WebhookIdentity(topic, deliveryId, EventId: null, sentAt);
    }

    public static StorefrontEvent Parse(WebhookDelivery delivery)
    {
        var topic = Identify(delivery).Topic;
        if (!OrderEvents.Contains(topic)) return new StoreEventIgnored(topic);
        return new StoreOrderChanged(OrderMapper.Map(AcmeJson.Parse(delivery.Body, $"The body of the Acme {topic} delivery")));
    }

    private static string? Topic(WebhookDelivery delivery) =>
        delivery.Header(EventHeader)?.Trim().ToLowerInvariant() is { Length: > 0 } topic ? topic : null;
}
