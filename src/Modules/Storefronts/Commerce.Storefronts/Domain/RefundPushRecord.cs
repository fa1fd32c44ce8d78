namespace Commerce.Storefronts.Domain;

/// <summary>A refund decided here on a store order, that the store is (being) told to make: one per refund.</summary>
public sealed class RefundPushRecord : PushRecord
{
    /// <summary>Our refund id: the key of the push attempts, and the marker the store's refund carries.</summary>
    public Guid RefundId { get; init; }
    public Guid OrderId { get; init; }
    public decimal Amount { get; init; }
    public required string Currency { get; init; }
    public string? Reason { get; init; }
}
