using Commerce.Inventory.Contracts;
using Commerce.Inventory.Data;
using Commerce.Kernel.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Inventory.Features.Allocation;

public static class ShipStockHandler
{
    /// <summary>The reserved units at the location are gone with the carrier: they leave on hand and reserved together.</summary>
    public static async Task Handle(ShipStock command, InventoryDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var locationId = await db.Locations.Where(l => l.Code == command.Location).Select(l => (Guid?)l.Id).SingleOrDefaultAsync(cancellationToken);
        if (locationId is null) return;
        var reservations = await db.Reservations
            .Where(r => r.OrderId == command.OrderId && r.Quantity > 0
                        && db.StockLevels.Any(s => s.Id == r.StockLevelId && s.LocationId == locationId))
            .ToListAsync(cancellationToken);
        if (reservations.Count == 0) return;
        var levelIds = reservations.Select(r => r.StockLevelId).Distinct().ToList();
        var levels = await db.StockLevels.Where(s => levelIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var reservation in reservations)
        {
            db.Ledger.Add(levels[reservation.StockLevelId].Ship(reservation.Quantity, command.OrderId, Actor.Current, now));
            reservation.Quantity = 0;
        }
    }
}
