using Commerce.Kernel.Auditing;

namespace Commerce.Inventory.Domain;

public enum MovementKind
{
    Receipt,
    Adjustment,
    Reservation,
    Release,
    Shipment,
    ShipmentReversal,
}

/// <summary>One line of the append-only stock ledger. Σ OnHandDelta = on hand, Σ ReservedDelta = reserved, per SKU and location.</summary>
[NotAudited]
public sealed class StockMovement
{
    public long Id { get; init; }
    public DateTimeOffset At { get; init; }
    public Guid SkuId { get; init; }
    public Guid LocationId { get; init; }
    public MovementKind Kind { get; init; }
    public int OnHandDelta { get; init; }
    public int ReservedDelta { get; init; }
    public string? Reason { get; init; }
    /// <summary>What caused it: an order id, a purchase order, a count.</summary>
    public string? Reference { get; init; }
    public required string Actor { get; init; }
}
