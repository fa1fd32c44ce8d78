namespace Commerce.Integrations.Abstractions.Carriers;

/// <summary>One status set for every carrier.</summary>
public enum TrackingStatus
{
    Unknown,
    PreTransit,
    InTransit,
    OutForDelivery,
    AvailableForPickup,
    Exception,
    Delivered,
    ReturnedToSender,
    Failure,
    Cancelled,
}

public sealed record TrackingEvent(DateTimeOffset At, TrackingStatus Status, string? Detail, string? Message, string? Location);

/// <summary>Where a package is, as the carrier reports it now.</summary>
public sealed record TrackingInfo(
    string TrackingNumber, TrackingStatus Status, DateOnly? EstimatedDelivery, DateTimeOffset? DeliveredAt,
    IReadOnlyList<TrackingEvent> Events, string? PublicUrl);

/// <summary>What a tracking webhook said. <see cref="EventId"/> is the carrier's id of the event, the key for dropping repeats.</summary>
public sealed record TrackingWebhook(string EventId, IReadOnlyList<TrackingInfo> Updates);
