using Commerce.Kernel;
using Commerce.Kernel.Auditing;

namespace Commerce.Storefronts.Domain;

/// <summary>
/// A verified webhook as a store sent it, kept before anything is parsed: the raw body, the headers, the vendor's ids.
/// It is processed asynchronously, once; <see cref="Status"/> and <see cref="Outcome"/> say what came of it.
/// </summary>
[NotAudited]
public sealed class InboxDelivery
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string StoreId { get; init; }
    public required string Connector { get; init; }
    public required string Topic { get; init; }
    /// <summary>The vendor's delivery id, as sent (null when the vendor gives none).</summary>
    public string? DeliveryId { get; init; }
    /// <summary>Unique per store: the vendor's delivery id, or the SHA-256 of the body when it gives none.</summary>
    public required string DeliveryKey { get; init; }
    /// <summary>The vendor's event id, the same on every delivery of one event; unique per store and topic when present.</summary>
    public string? EventId { get; init; }
    public DateTimeOffset? TriggeredAt { get; init; }
    public required byte[] Body { get; init; }
    /// <summary>The request's headers as JSON (credentials of our own API left out).</summary>
    public required string Headers { get; init; }
    public DateTimeOffset ReceivedAt { get; init; }
    public DeliveryStatus Status { get; private set; } = DeliveryStatus.Pending;
    /// <summary>How many times processing was started (a retry by staff adds one).</summary>
    public int Attempts { get; private set; }
    public DateTimeOffset? ProcessedAt { get; private set; }
    public string? ExternalOrderId { get; private set; }
    /// <summary>What processing did (placed, cancelled, stale, ignored), in words.</summary>
    public string? Outcome { get; private set; }
    /// <summary>Why processing failed; null unless <see cref="Status"/> is Failed.</summary>
    public string? FailureReason { get; private set; }

    public void Complete(DeliveryStatus status, string outcome, string? externalOrderId, DateTimeOffset at)
    {
        Attempts++;
        Status = status;
        ProcessedAt = at;
        ExternalOrderId = externalOrderId?.Truncate(100) ?? ExternalOrderId;
        Outcome = outcome.Truncate(1000);
        FailureReason = status == DeliveryStatus.Failed ? outcome.Truncate(1000) : null;
    }

    public void Fail(string reason, DateTimeOffset at) => Complete(DeliveryStatus.Failed, reason, null, at);

    /// <summary>Back to the queue, for staff who fixed what made it fail (a setting, a connector).</summary>
    public bool Retry()
    {
        if (Status != DeliveryStatus.Failed) return false;
        Status = DeliveryStatus.Pending;
        FailureReason = null;
        return true;
    }
}

public enum DeliveryStatus
{
    Pending,
    Processed,
    Ignored,
    Failed,
}
