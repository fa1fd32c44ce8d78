using Commerce.Kernel;

namespace Commerce.Storefronts.Domain;

/// <summary>A shipped part of a store order that the store is (being) told about: one per shipment.</summary>
public sealed class FulfillmentPushRecord
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string StoreId { get; init; }
    public Guid ShipmentId { get; init; }
    public required string ExternalOrderId { get; init; }
    public required string TrackingNumbers { get; init; }
    public FulfillmentPushStatus Status { get; private set; } = FulfillmentPushStatus.Pending;
    public int Attempts { get; private set; }
    public string? LastError { get; private set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? FinishedAt { get; private set; }

    public void Attempted(FulfillmentPushStatus status, string? error, DateTimeOffset at)
    {
        Attempts++;
        Status = status;
        LastError = error?.Truncate(1000);
        if (status is FulfillmentPushStatus.Pushed or FulfillmentPushStatus.Failed) FinishedAt = at;
    }
}

public enum FulfillmentPushStatus
{
    Pending,
    Pushed,
    Failed,
}
