namespace Commerce.Storefronts.Domain;

/// <summary>A refund a store made, recorded once per (store, refund id) for the Returns side to settle.</summary>
public sealed class StoreRefund
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string StoreId { get; init; }
    public required string ExternalOrderId { get; init; }
    public required string RefundId { get; init; }
    public decimal Amount { get; init; }
    public required string Currency { get; init; }
    public string? Reason { get; init; }
    public DateTimeOffset At { get; init; }
    /// <summary>JSON array of the refunded lines (store line id, our line number and SKU when known, quantity, restock).</summary>
    public required string Lines { get; init; }
    public DateTimeOffset ReceivedAt { get; init; }
    public Guid? DeliveryId { get; init; }
}
