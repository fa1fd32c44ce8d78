namespace Commerce.Storefronts.Domain;

/// <summary>A store order cancelled here that the store is (being) told to cancel: one per order.</summary>
public sealed class CancellationPushRecord : PushRecord
{
    /// <summary>Our order id: the key of the push attempts.</summary>
    public Guid OrderId { get; init; }
    public string? Reason { get; init; }
}
