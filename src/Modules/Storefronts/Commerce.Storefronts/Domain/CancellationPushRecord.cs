using Commerce.Kernel;

namespace Commerce.Storefronts.Domain;

/// <summary>A store order cancelled here that the store is (being) told to cancel: one per order.</summary>
public sealed class CancellationPushRecord
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string StoreId { get; init; }
    /// <summary>Our order id: the key of the push attempts.</summary>
    public Guid OrderId { get; init; }
    public required string ExternalOrderId { get; init; }
    public string? Reason { get; init; }
    public CancellationPushStatus Status { get; private set; } = CancellationPushStatus.Pending;
    public int Attempts { get; private set; }
    public string? LastError { get; private set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? FinishedAt { get; private set; }

    public void Attempted(CancellationPushStatus status, string? error, DateTimeOffset at)
    {
        Attempts++;
        Status = status;
        LastError = error?.Truncate(1000);
        if (status is CancellationPushStatus.Pushed or CancellationPushStatus.Failed) FinishedAt = at;
    }

    /// <summary>The store cannot be told (its connector cannot cancel orders): someone must cancel it in the store.</summary>
    public void NotPossible(string why, DateTimeOffset at)
    {
        Status = CancellationPushStatus.Failed;
        LastError = why.Truncate(1000);
        FinishedAt = at;
    }
}

public enum CancellationPushStatus
{
    Pending,
    Pushed,
    Failed,
}
