namespace Commerce.Shipping.Contracts;

/// <summary>Labels are bought for every package of a shipment: it is handed to the carrier.</summary>
public sealed record ShipmentDispatched(
    Guid ShipmentId, Guid OrderId, string Location, string Carrier, string Service, DateTimeOffset DispatchedAt,
    DateOnly PromisedBy, IReadOnlyList<DispatchedPackage> Packages);

public sealed record DispatchedPackage(string TrackingNumber, string? TrackingUrl);

/// <summary>The shipment's labels were voided before the carrier had it: it is not on its way after all.</summary>
public sealed record ShipmentVoided(Guid ShipmentId, Guid OrderId, string Location, DateTimeOffset At);

/// <summary>A shipment will miss its promise (the carrier's estimate passed the promised date) or hit an exception.</summary>
public sealed record ShipmentDelayed(
    Guid ShipmentId, Guid OrderId, string Reason, DateOnly PromisedBy, DateOnly? EstimatedDelivery, DateTimeOffset At);

/// <summary>Every package of the shipment is delivered; <see cref="OnTime"/> compares the day with the promise.</summary>
public sealed record ShipmentDelivered(
    Guid ShipmentId, Guid OrderId, string Location, DateTimeOffset DeliveredAt, DateOnly PromisedBy, bool OnTime);
