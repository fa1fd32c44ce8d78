using Commerce.Warehouse.Data;
using Commerce.Warehouse.Domain.Demand;
using Commerce.Warehouse.Domain.Picking;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Warehouse.Features.Release;

/// <summary>An order line's units reserved at the location that no pick list covers yet.</summary>
internal sealed record Remainder(int LineNumber, string Sku, int Units);

internal sealed record ReadyOrder(WarehouseOrder Order, IReadOnlyList<Remainder> Remainders)
{
    public int Units => Remainders.Sum(r => r.Units);
}

/// <summary>What is ready to pick at a location: complete orders (every unit reserved) with units not yet on a list.</summary>
internal static class ReadyWork
{
    /// <summary>
    /// The orders' work rows are read (and tracked) before their pick lines: a release that commits after this read
    /// moves their revision, so a caller that saves the rows it read cannot release the same units again.
    /// </summary>
    public static async Task<(List<ReadyOrder> Ready, List<(Guid OrderId, string Reason)> NotReady, Dictionary<Guid, OrderWork> Work)> FindAsync(
        WarehouseDbContext db, string location, IReadOnlyCollection<Guid>? onlyThese, CancellationToken cancellationToken)
    {
        var query = db.Orders.Include(o => o.Lines).Include(o => o.Allocations).AsSplitQuery()
            .Where(o => o.Allocations.Any(a => a.Location == location && a.Quantity > 0)
                        && !db.Work.Any(w => w.OrderId == o.OrderId && w.Location == location && w.PackedAt != null));
        if (onlyThese is not null) query = query.Where(o => onlyThese.Contains(o.OrderId));
        var orders = await query.ToListAsync(cancellationToken);
        var ids = orders.Select(o => o.OrderId).ToList();
        var work = await db.Work.Where(w => w.Location == location && ids.Contains(w.OrderId))
            .ToDictionaryAsync(w => w.OrderId, cancellationToken);
        var covered = (await db.PickLines.Where(l => l.Location == location && ids.Contains(l.OrderId)).ToListAsync(cancellationToken))
            .GroupBy(l => (l.OrderId, l.OrderLineNumber))
            .ToDictionary(g => g.Key, g => g.Sum(l => l.Covers));

        var ready = new List<ReadyOrder>();
        var notReady = new List<(Guid, string)>();
        foreach (var order in orders.OrderBy(o => o.PlacedAt).ThenBy(o => o.OrderId))
        {
            var reason = order switch
            {
                { Cancelled: true } => "The order is cancelled.",
                { HoldReason: { } held } => $"The order is on hold: {held}",
                { FullyAllocated: false } => "Not every unit of the order is reserved yet (ship complete).",
                _ => null,
            };
            var remainders = order.Lines
                .Select(l => new Remainder(l.LineNumber, l.Sku,
                    order.AllocatedAt(l.LineNumber, location) - covered.GetValueOrDefault((order.OrderId, l.LineNumber))))
                .Where(r => r.Units > 0)
                .ToList();
            reason ??= remainders.Count == 0 ? $"Everything reserved at {location} is already on pick lists." : null;
            if (reason is null) ready.Add(new ReadyOrder(order, remainders));
            else notReady.Add((order.OrderId, reason));
        }

        if (onlyThese is not null)
        {
            foreach (var missing in onlyThese.Except(ids))
                notReady.Add((missing, $"The order has no units reserved at {location}."));
        }

        return (ready, notReady, work);
    }
}
