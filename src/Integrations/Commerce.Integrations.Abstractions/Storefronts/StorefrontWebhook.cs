namespace Commerce.Integrations.Abstractions.Storefronts;

/// <summary>What the signature check of an inbound delivery found.</summary>
public enum WebhookCheck
{
    /// <summary>Signed with the store's secret (or the previous one during a rotation): store it and process it.</summary>
    Valid,
    /// <summary>Missing or wrong signature: answer 401 and store nothing.</summary>
    Invalid,
    /// <summary>
    /// An unsigned handshake the platform sends when a webhook is created (WooCommerce's <c>webhook_id=…</c> ping): answer
    /// 200 so the platform activates the webhook, store nothing.
    /// </summary>
    Ping,
}

/// <summary>
/// The vendor's identity of a delivery, read from headers only (before the body is trusted or parsed).
/// <see cref="DeliveryId"/> is unique per delivery attempt chain (Shopify <c>X-Shopify-Webhook-Id</c>, WooCommerce
/// <c>X-WC-Webhook-Delivery-ID</c>); <see cref="EventId"/> is the same for every delivery of one event (Shopify
/// <c>X-Shopify-Event-Id</c>), null when the vendor has none. Either seen before means a duplicate.
/// </summary>
public sealed record WebhookIdentity(string Topic, string? DeliveryId, string? EventId, DateTimeOffset? TriggeredAt);

/// <summary>What a verified delivery says, in our terms.</summary>
public abstract record StorefrontEvent;

/// <summary>An order was created or changed in the store (a cancelled one has <see cref="StoreOrder.Cancelled"/> set).</summary>
public sealed record StoreOrderChanged(StoreOrder Order) : StorefrontEvent;

/// <summary>The store deleted an order (WooCommerce): treated as a cancellation here.</summary>
public sealed record StoreOrderDeleted(string ExternalId, DateTimeOffset At) : StorefrontEvent;

/// <summary>The store refunded (part of) an order.</summary>
public sealed record StoreRefundCreated(
    string ExternalOrderId, string RefundId, decimal Amount, string Currency, string? Reason, DateTimeOffset At,
    IReadOnlyList<StoreRefundLine> Lines) : StorefrontEvent;

public sealed record StoreRefundLine(string ExternalLineId, string? Sku, int Quantity, bool Restock);

/// <summary>A topic this platform has no use for; stored, marked ignored.</summary>
public sealed record StoreEventIgnored(string Topic) : StorefrontEvent;
