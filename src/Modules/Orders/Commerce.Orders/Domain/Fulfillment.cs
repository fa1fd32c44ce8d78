using Commerce.Orders.Domain.Routing;

namespace Commerce.Orders.Domain;

public enum FulfillmentStatus
{
    /// <summary>Units are reserved at the location: our warehouse picks them, or the request to the 3PL waits to go.</summary>
    Ready,
    /// <summary>Handed to the partner (3PL request or supplier purchase order); waiting for its shipment confirmation.</summary>
    Requested,
    Shipped,
    Delivered,
    Cancelled,
}

/// <summary>
/// The part of an order one source ships: from our warehouse, a 3PL or a dropship supplier, with its own lines and
/// status. Stock fulfillments follow Inventory's reservations at their location; a supplier's is fixed when routed.
/// </summary>
public sealed class Fulfillment
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid OrderId { get; init; }
    /// <summary>The fulfillment source's code; a location's code when the location has no source of its own.</summary>
    public required string Source { get; init; }
    public SourceKind Kind { get; init; }
    public string? Location { get; init; }
    /// <summary>The partner account (a 3PL's or supplier's) that requests go to.</summary>
    public string? Partner { get; init; }
    public FulfillmentStatus Status { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? RequestedAt { get; set; }
    public int RequestAttempts { get; set; }
    public string? LastError { get; set; }
    public string? PartnerReference { get; set; }
    public string? ConfirmationId { get; set; }
    public string? Carrier { get; set; }
    public string? TrackingNumber { get; set; }
    public string? TrackingUrl { get; set; }
    public DateTimeOffset? ShippedAt { get; set; }
    public DateTimeOffset? DeliveredAt { get; set; }
    public List<FulfillmentLine> Lines { get; init; } = [];

    public int Units => Lines.Sum(l => l.Quantity);

    /// <summary>Not yet with a partner or a carrier: its lines may still change with the reservations.</summary>
    public bool IsOpen => Status == FulfillmentStatus.Ready;

    public bool HasLeft => Status is FulfillmentStatus.Shipped or FulfillmentStatus.Delivered;
}

public sealed class FulfillmentLine
{
    public Guid FulfillmentId { get; init; }
    public int LineNumber { get; init; }
    public required string Sku { get; init; }
    public int Quantity { get; set; }
    /// <summary>What a supplier charges us per unit (dropship only).</summary>
    public decimal? UnitCost { get; init; }
}

/// <summary>Why units of an order line were sent where they were: one routing decision, kept with the order.</summary>
public sealed class RoutingDecision
{
    public long Id { get; init; }
    public Guid OrderId { get; init; }
    public int LineNumber { get; init; }
    public required string Sku { get; init; }
    public required string Source { get; init; }
    public int Quantity { get; init; }
    public bool Backordered { get; init; }
    public required string Reason { get; init; }
    public DateTimeOffset At { get; init; }
    /// <summary>The rule that took this decision; null for the default routing.</summary>
    public Guid? RuleId { get; init; }
    /// <summary>When backordered units were sent elsewhere because they waited too long.</summary>
    public DateTimeOffset? ReroutedAt { get; set; }
}
