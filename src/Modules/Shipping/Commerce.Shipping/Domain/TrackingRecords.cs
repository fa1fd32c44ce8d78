using Commerce.Integrations.Abstractions.Carriers;
using Commerce.Kernel.Auditing;

namespace Commerce.Shipping.Domain;

/// <summary>A carrier scan of a package, kept once however often it is reported.</summary>
[NotAudited]
public sealed class TrackingEventRecord
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid PackageId { get; init; }
    public DateTimeOffset At { get; init; }
    public TrackingStatus Status { get; init; }
    public string? Detail { get; init; }
    public string? Message { get; init; }
    public string? Place { get; init; }
    public required string Source { get; init; }
}

/// <summary>A carrier webhook delivery already handled: repeats of it are acknowledged and ignored.</summary>
[NotAudited]
public sealed class WebhookReceipt
{
    public required string AccountId { get; init; }
    public required string EventId { get; init; }
    public DateTimeOffset ReceivedAt { get; init; }
}
