using Commerce.Kernel;

namespace Commerce.Storefronts.Domain;

/// <summary>Something a store is (being) told, and where telling it stands after each attempt.</summary>
public abstract class PushRecord
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string StoreId { get; init; }
    public required string ExternalOrderId { get; init; }
    public PushStatus Status { get; private set; } = PushStatus.Pending;
    public int Attempts { get; private set; }
    public string? LastError { get; private set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? FinishedAt { get; private set; }

    public void Attempted(PushAttemptOutcome outcome, string? error, DateTimeOffset at)
    {
        Attempts++;
        Status = outcome switch
        {
            PushAttemptOutcome.Succeeded => PushStatus.Pushed,
            PushAttemptOutcome.WillRetry => PushStatus.Pending,
            _ => PushStatus.Failed,
        };
        LastError = error?.Truncate(1000);
        if (Status is PushStatus.Pushed or PushStatus.Failed) FinishedAt = at;
    }

    /// <summary>The store cannot be told (its connector cannot do it): someone must do it in the store.</summary>
    public void NotPossible(string why, DateTimeOffset at)
    {
        Status = PushStatus.Failed;
        LastError = why.Truncate(1000);
        FinishedAt = at;
    }
}

public enum PushStatus
{
    Pending,
    Pushed,
    Failed,
}
