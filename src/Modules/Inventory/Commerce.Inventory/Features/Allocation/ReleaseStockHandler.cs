using Commerce.Inventory.Contracts;
using Commerce.Inventory.Data;
using Commerce.Inventory.Domain;
using Commerce.Kernel.Auditing;
using Microsoft.EntityFrameworkCore;
using Wolverine;

namespace Commerce.Inventory.Features.Allocation;

public static class ReleaseStockHandler
{
    /// <summary>Gives back an order's reservations and hands the freed units to the oldest backorders.</summary>
    public static async Task<OutgoingMessages> Handle(
        ReleaseStock command, InventoryDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var allocation = await db.Allocations
            .Include(a => a.Lines)
            .Include(a => a.Reservations)
            .AsSplitQuery()
            .SingleOrDefaultAsync(a => a.OrderId == command.OrderId, cancellationToken);
        if (allocation is null)
        {
            // The cancellation overtook the reservation request: remember it so the request is ignored when it comes.
            db.Allocations.Add(OrderAllocation.CancelledBeforeReservation(command.OrderId, now));
            return [];
        }

        if (allocation.Cancelled) return [];

        var levelIds = allocation.Reservations.Select(r => r.StockLevelId).Distinct().ToList();
        var levels = await db.StockLevels.Where(s => levelIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        foreach (var reservation in allocation.Reservations.Where(r => r.Quantity > 0))
        {
            db.Ledger.Add(levels[reservation.StockLevelId].Release(reservation.Quantity, allocation.OrderId, Actor.Current, now));
            reservation.Quantity = 0;
        }

        foreach (var line in allocation.Lines) line.Allocated = 0;
        allocation.Cancel();

        var freedSkus = levels.Values.Select(l => l.SkuId).Distinct().ToList();
        var filled = await Allocator.FillBackordersAsync(db, freedSkus, Actor.Current, now, cancellationToken);
        return [Allocator.ToMessage(allocation), .. filled];
    }
}
