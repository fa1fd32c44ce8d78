namespace Commerce.Storefronts.Contracts;

/// <summary>
/// A storefront refunded (part of) one of its orders, recorded once per (store, refund id). The order is the one the
/// channel knows as <see cref="ExternalOrderId"/>; lines carry our line numbers and SKUs where the order was placed here.
/// </summary>
public sealed record StoreRefundReceived(
    string StoreId, string Channel, string ExternalOrderId, string RefundId, decimal Amount, string Currency, string? Reason,
    DateTimeOffset At, IReadOnlyList<StoreRefundedLine> Lines);

/// <summary>A refunded line: the store's line id and, when known, our line number and SKU.</summary>
public sealed record StoreRefundedLine(string ExternalLineId, int? LineNumber, string? Sku, int Quantity, bool Restock);
