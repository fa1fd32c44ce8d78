using Commerce.Inventory.Contracts;
using Commerce.Inventory.Data;
using Commerce.Kernel.Auditing;
using Microsoft.EntityFrameworkCore;
using Wolverine;

namespace Commerce.Inventory.Features.Allocation;

public static class ShipStockHandler
{
    /// <summary>
    /// The reserved units at the location are gone with the carrier: they leave on hand and reserved together, and the
    /// allocation says so (a new version, with the units shipped from each location), so Orders never counts them twice.
    /// </summary>
    public static async Task<OutgoingMessages> Handle(ShipStock command, InventoryDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var locationId = await db.Locations.Where(l => l.Code == command.Location).Select(l => (Guid?)l.Id).SingleOrDefaultAsync(cancellationToken);
        if (locationId is null) return [];
        var allocation = await db.Allocations.Include(a => a.Lines).Include(a => a.Reservations).AsSplitQuery()
            .SingleOrDefaultAsync(a => a.OrderId == command.OrderId, cancellationToken);
        if (allocation is null) return [];
        var levelIds = allocation.Reservations.Select(r => r.StockLevelId).Distinct().ToList();
        var levels = await db.StockLevels.Where(s => levelIds.Contains(s.Id) && s.LocationId == locationId).ToDictionaryAsync(s => s.Id, cancellationToken);
        var left = command.Lines?.GroupBy(l => l.LineNumber).ToDictionary(g => g.Key, g => g.Sum(l => l.Quantity));
        var now = clock.GetUtcNow();
        var shippedAny = false;
        foreach (var reservation in allocation.Reservations.Where(r => r.Quantity > 0 && levels.ContainsKey(r.StockLevelId)))
        {
            var units = left is null ? reservation.Quantity : Math.Min(reservation.Quantity, left.GetValueOrDefault(reservation.LineNumber));
            if (units <= 0) continue;
            db.Ledger.Add(levels[reservation.StockLevelId].Ship(units, command.OrderId, Actor.Current, now));
            reservation.Quantity -= units;
            reservation.Shipped += units;
            if (left is not null) left[reservation.LineNumber] -= units;
            shippedAny = true;
        }

        if (!shippedAny) return [];
        allocation.MarkChanged();
        return [Allocator.ToMessage(allocation)];
    }
}
