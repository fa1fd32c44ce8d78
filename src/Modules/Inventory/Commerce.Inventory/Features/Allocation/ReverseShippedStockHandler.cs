using Commerce.Inventory.Contracts;
using Commerce.Inventory.Data;
using Commerce.Inventory.Domain;
using Commerce.Kernel.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Inventory.Features.Allocation;

public static class ReverseShippedStockHandler
{
    /// <summary>
    /// Undoes the order's net shipments at the location, as the ledger records them (so a repeat undoes nothing more):
    /// the units are on hand again and reserved for the order's lines they were shipped for.
    /// </summary>
    public static async Task Handle(ReverseShippedStock command, InventoryDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var reference = command.OrderId.ToString();
        var locationId = await db.Locations.Where(l => l.Code == command.Location).Select(l => (Guid?)l.Id).SingleOrDefaultAsync(cancellationToken);
        if (locationId is null) return;
        var shipped = (await db.Ledger
                .Where(m => m.Reference == reference && m.LocationId == locationId
                            && (m.Kind == MovementKind.Shipment || m.Kind == MovementKind.ShipmentReversal))
                .ToListAsync(cancellationToken))
            .GroupBy(m => m.SkuId)
            .Select(g => (SkuId: g.Key, Units: -g.Sum(m => m.OnHandDelta)))
            .Where(s => s.Units > 0)
            .ToList();
        if (shipped.Count == 0) return;

        var allocation = await db.Allocations.Include(a => a.Lines).Include(a => a.Reservations).AsSplitQuery()
            .SingleAsync(a => a.OrderId == command.OrderId, cancellationToken);
        var skuIds = shipped.Select(s => s.SkuId).ToList();
        var levels = await db.StockLevels.Where(s => s.LocationId == locationId && skuIds.Contains(s.SkuId)).ToDictionaryAsync(s => s.SkuId, cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var (skuId, units) in shipped)
        {
            var level = levels[skuId];
            db.Ledger.Add(level.Unship(units, command.OrderId, Actor.Current, now));
            var left = units;
            foreach (var line in allocation.Lines.Where(l => l.SkuId == skuId))
            {
                var held = allocation.Reservations.Where(r => r.LineNumber == line.LineNumber).Sum(r => r.Quantity);
                var give = Math.Min(left, line.Allocated - held);
                if (give <= 0) continue;
                var reservation = allocation.Reservations.FirstOrDefault(r => r.LineNumber == line.LineNumber && r.StockLevelId == level.Id);
                if (reservation is null)
                {
                    allocation.Reservations.Add(new LineReservation
                    {
                        OrderId = allocation.OrderId, LineNumber = line.LineNumber, StockLevelId = level.Id,
                        LocationCode = command.Location, Quantity = give,
                    });
                }
                else
                {
                    reservation.Quantity += give;
                    reservation.Shipped = Math.Max(0, reservation.Shipped - give);
                }

                left -= give;
            }
        }
    }
}
