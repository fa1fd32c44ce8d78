namespace Commerce.Integrations.Abstractions.Storefronts;

/// <summary>
/// One page of orders changed since a cursor, oldest change first. <see cref="NextCursor"/> is what to ask with next
/// time (opaque to the caller: a timestamp, a page link); <see cref="HasMore"/> says another page is ready now.
/// </summary>
public sealed record StoreOrderPage(IReadOnlyList<StoreOrder> Orders, string? NextCursor, bool HasMore);

/// <summary>Part or all of an order shipped from here: the store records a fulfillment with tracking.</summary>
/// <param name="FulfillmentId">Our id of the shipment: the idempotency key, sent again on retries.</param>
public sealed record FulfillmentPush(
    string FulfillmentId, string ExternalOrderId, string Carrier, string TrackingNumber, string? TrackingUrl,
    IReadOnlyList<FulfillmentPushLine> Lines, bool NotifyCustomer = true);

/// <summary>A shipped line: the store's line id when known, else matched by SKU.</summary>
public sealed record FulfillmentPushLine(string? ExternalLineId, string Sku, int Quantity);

/// <summary>The quantity the store may sell of a SKU now (absolute, not a delta, so a repeat is harmless).</summary>
public sealed record StockLevelPush(string Sku, int Available);

/// <summary>What a bulk stock push did: SKUs the store does not know are reported, not fatal.</summary>
public sealed record StockPushResult(int Updated, IReadOnlyList<string> UnknownSkus);

/// <summary>A refund decided here, recorded in the store. <see cref="RefundId"/> is ours: the idempotency key.</summary>
public sealed record RefundPush(
    string RefundId, string ExternalOrderId, decimal Amount, string Currency, string? Reason,
    IReadOnlyList<RefundPushLine> Lines);

public sealed record RefundPushLine(string? ExternalLineId, string Sku, int Quantity, bool Restock);
