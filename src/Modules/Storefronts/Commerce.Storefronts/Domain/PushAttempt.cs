using Commerce.Kernel.Auditing;

namespace Commerce.Storefronts.Domain;

/// <summary>One call to a store to tell it something (a fulfillment, stock levels, a cancellation, a refund), whatever came of it.</summary>
[NotAudited]
public sealed class PushAttempt
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string StoreId { get; init; }
    public PushOperation Operation { get; init; }
    /// <summary>What was pushed: the shipment id of a fulfillment, the batch id of stock levels, our order id of a cancellation, our refund id.</summary>
    public required string Key { get; init; }
    public int Attempt { get; init; }
    public DateTimeOffset At { get; init; }
    public PushAttemptOutcome Outcome { get; init; }
    public int? StatusCode { get; init; }
    public string? Error { get; init; }
    /// <summary>What was sent or what the store said (SKUs and levels, unknown SKUs, the next retry).</summary>
    public string? Detail { get; init; }
}

public enum PushOperation
{
    Fulfillment,
    Stock,
    Cancellation,
    Refund,
}

public enum PushAttemptOutcome
{
    Succeeded,
    /// <summary>The store was unavailable (5xx, 429, a timeout): tried again later.</summary>
    WillRetry,
    /// <summary>Refused (4xx), not possible, or still unavailable after the last retry: not tried again.</summary>
    Failed,
}
