using Commerce.Warehouse.Data;
using Commerce.Warehouse.Domain.Demand;
using Commerce.Warehouse.Domain.Packages;
using Commerce.Warehouse.Domain.Picking;
using Commerce.Warehouse.Features.Demand;
using Commerce.Warehouse.Features.Picking;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Warehouse.Features.Packing;

/// <summary>An order's units at one location between picking and shipping: what was picked, and what is in which box.</summary>
internal sealed class PackingState
{
    private PackingState(WarehouseOrder order, OrderWork? work, List<PickLine> pickLines, List<Package> packages, string location)
    {
        Order = order;
        Work = work;
        PickLines = pickLines;
        Packages = packages;
        Location = location;
    }

    public WarehouseOrder Order { get; }
    public OrderWork? Work { get; }
    public List<PickLine> PickLines { get; }
    public List<Package> Packages { get; }
    public string Location { get; }

    public static async Task<(PackingState?, FloorRefusal?)> LoadAsync(
        WarehouseDbContext db, string location, Guid orderId, CancellationToken cancellationToken)
    {
        var order = await WarehouseOrders.LoadAsync(db, orderId, cancellationToken);
        if (order is null) return (null, FloorRefusal.NotFound("Order", orderId));
        var work = await db.Work.SingleOrDefaultAsync(w => w.OrderId == orderId && w.Location == location, cancellationToken);
        var lines = await db.PickLines.Where(l => l.OrderId == orderId && l.Location == location).ToListAsync(cancellationToken);
        var packages = await db.Packages.Include(p => p.Items).Where(p => p.OrderId == orderId && p.Location == location)
            .ToListAsync(cancellationToken);
        return (new PackingState(order, work, lines, packages, location), null);
    }

    public int PickedOf(int lineNumber) => PickLines.Where(l => l.OrderLineNumber == lineNumber).Sum(l => l.Picked);

    public int PackedOf(int lineNumber) => Packages.SelectMany(p => p.Items).Where(i => i.OrderLineNumber == lineNumber).Sum(i => i.Quantity);

    public IEnumerable<WarehouseOrderLine> LinesHere => Order.Lines.Where(l => Order.AllocatedAt(l.LineNumber, Location) > 0);

    /// <summary>Why the order cannot be packed here yet, or null when every unit reserved here is picked.</summary>
    public string? WhyNotReady()
    {
        if (Order.Cancelled) return "The order is cancelled.";
        if (Order.HoldReason is { } held) return $"The order is on hold: {held}";
        if (Work?.Packed == true) return "The order is already packed here.";
        if (!Order.FullyAllocated) return "Not every unit of the order is reserved (ship complete).";
        if (Work is null || PickLines.Count == 0) return "The order has not been released for picking here.";
        if (!LinesHere.Any()) return "Nothing of this order is reserved here any more.";
        if (PickLines.Any(l => l.Status == PickLineStatus.Open)) return "Some units are still to be picked.";
        var unpicked = LinesHere.Where(l => PickedOf(l.LineNumber) < Order.AllocatedAt(l.LineNumber, Location)).Select(l => l.Sku).ToList();
        return unpicked.Count > 0 ? $"Units of {string.Join(", ", unpicked)} are reserved here but not picked yet." : null;
    }

    /// <summary>The item facts of an order line, as copied onto its pick lines.</summary>
    public ItemFacts FactsOf(int lineNumber)
    {
        var line = PickLines.FirstOrDefault(l => l.OrderLineNumber == lineNumber);
        return line is null ? ItemFacts.Unknown : new ItemFacts(line.ItemBarcode, line.LengthIn, line.WidthIn, line.HeightIn, line.WeightLb);
    }

    /// <summary>The order line a scanned item belongs to, among those with units picked and not yet packed.</summary>
    public WarehouseOrderLine? LineScannedAs(string scan) =>
        LinesHere.FirstOrDefault(l => PickedOf(l.LineNumber) > PackedOf(l.LineNumber)
                                      && PickLines.Any(p => p.OrderLineNumber == l.LineNumber && p.IsItem(scan)))
        ?? LinesHere.FirstOrDefault(l => PickLines.Any(p => p.OrderLineNumber == l.LineNumber && p.IsItem(scan)));
}
