namespace Commerce.Storefronts.Domain;

/// <summary>A shipped part of a store order that the store is (being) told about: one per shipment.</summary>
public sealed class FulfillmentPushRecord : PushRecord
{
    public Guid ShipmentId { get; init; }
    public required string TrackingNumbers { get; init; }
}
