using Commerce.Kernel.Auditing;

namespace Commerce.Warehouse.Domain.Demand;

/// <summary>
/// The warehouse's own view of an order, built from the Orders module's messages: who it goes to, how fast, and where
/// each line's units are reserved. Each allocation brings the header; a cancellation or a hold may come first.
/// </summary>
[NotAudited]
public sealed class WarehouseOrder
{
    public Guid OrderId { get; init; }
    public string? Channel { get; set; }
    public string? ExternalId { get; set; }
    public string? CustomerName { get; set; }
    public string? ServiceLevel { get; set; }
    public DateTimeOffset? PlacedAt { get; set; }
    public string? ShipToName { get; set; }
    public string? ShipToLine1 { get; set; }
    public string? ShipToLine2 { get; set; }
    public string? ShipToCity { get; set; }
    public string? ShipToRegion { get; set; }
    public string? ShipToPostalCode { get; set; }
    public string? ShipToCountryCode { get; set; }
    public bool Cancelled { get; set; }
    /// <summary>Why Orders holds the order for review: nothing more of it is released to picking or packed meanwhile.</summary>
    public string? HoldReason { get; set; }
    public int AllocationVersion { get; set; }
    /// <summary>
    /// The optimistic concurrency token: every message that changes the order and every release, pack scan and packing
    /// completion that acts on it moves it, so a release racing a cancellation fails instead of picking for nobody.
    /// </summary>
    public int Revision { get; private set; }
    public List<WarehouseOrderLine> Lines { get; init; } = [];
    public List<LineAllocation> Allocations { get; init; } = [];

    public void Touch() => Revision++;

    /// <summary>Ship complete: the floor starts on an order only once every unit of it is reserved somewhere.</summary>
    public bool FullyAllocated => Lines.Count > 0 && Lines.All(l => l.Allocated >= l.Quantity);

    public int AllocatedAt(int lineNumber, string location) =>
        Allocations.Where(a => a.LineNumber == lineNumber && a.Location == location).Sum(a => a.Quantity);

    public IEnumerable<string> Locations => Allocations.Where(a => a.Quantity > 0).Select(a => a.Location).Distinct();
}

[NotAudited]
public sealed class WarehouseOrderLine
{
    public Guid OrderId { get; init; }
    public int LineNumber { get; init; }
    public required string Sku { get; set; }
    public int Quantity { get; set; }
    public int Allocated { get; set; }
}

[NotAudited]
public sealed class LineAllocation
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid OrderId { get; init; }
    public int LineNumber { get; init; }
    public required string Location { get; init; }
    public int Quantity { get; set; }
}
