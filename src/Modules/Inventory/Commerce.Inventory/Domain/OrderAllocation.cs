namespace Commerce.Inventory.Domain;

/// <summary>
/// Inventory's record of one order's demand: what each line asked for and how much is reserved for it so far.
/// Lines not fully reserved are backorders; they are filled oldest order first whenever stock becomes available.
/// </summary>
public sealed class OrderAllocation
{
    public Guid OrderId { get; init; }
    public DateTimeOffset PlacedAt { get; init; }
    public bool Cancelled { get; private set; }
    /// <summary>Grows with every change of the allocation; published so that consumers keep only the newest state.</summary>
    public int Version { get; private set; }
    public List<AllocationLine> Lines { get; init; } = [];
    public List<LineReservation> Reservations { get; init; } = [];

    public static OrderAllocation CancelledBeforeReservation(Guid orderId, DateTimeOffset at) =>
        new() { OrderId = orderId, PlacedAt = at, Cancelled = true, Version = 1 };

    public void MarkChanged() => Version++;

    public void Cancel()
    {
        Cancelled = true;
        Version++;
    }
}

public sealed class AllocationLine
{
    public Guid OrderId { get; init; }
    public int LineNumber { get; init; }
    public Guid? SkuId { get; set; }
    public required string Sku { get; init; }
    public int Requested { get; set; }
    public int Allocated { get; set; }
    public int Outstanding => Requested - Allocated;
    /// <summary>The only locations this line may be reserved at, in order of preference; empty: any location.</summary>
    public List<string> AllowedLocations { get; set; } = [];
}

/// <summary>Units of one allocation line held at one stock level (a SKU at a location); the ledger is its audit trail.</summary>
[Commerce.Kernel.Auditing.NotAudited]
public sealed class LineReservation
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid OrderId { get; init; }
    public int LineNumber { get; init; }
    public Guid StockLevelId { get; init; }
    /// <summary>The location's code, kept with the reservation so the allocation message can say where the units are.</summary>
    public required string LocationCode { get; init; }
    public int Quantity { get; set; }
    /// <summary>Units of this reservation that have left with a carrier.</summary>
    public int Shipped { get; set; }
}
