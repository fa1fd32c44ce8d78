using Commerce.Inventory.Contracts;
using Commerce.Inventory.Data;
using Commerce.Inventory.Domain;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Inventory.Features.Allocation;

/// <summary>
/// Units found missing (a short pick, a count): on hand drops by them. When that leaves fewer units than are promised,
/// reservations give way — the one named first, then the newest orders, so the oldest promises are kept longest — and the
/// orders that lost units are filled again from wherever stock is, or wait as backorders.
/// </summary>
internal static class StockWriteOff
{
    public static async Task<List<StockAllocationChanged>> WriteOffAsync(
        InventoryDbContext db, StockLevel level, int missing, string reason, string reference, string actor, DateTimeOffset now,
        CancellationToken cancellationToken, (Guid OrderId, int LineNumber)? first = null)
    {
        var affected = new List<OrderAllocation>();
        var toFree = missing - level.Available;
        if (toFree > 0)
        {
            var holders = await db.Allocations
                .Include(a => a.Lines)
                .Include(a => a.Reservations)
                .Where(a => a.Reservations.Any(r => r.StockLevelId == level.Id && r.Quantity > 0))
                .AsSplitQuery()
                .ToListAsync(cancellationToken);
            var order = holders
                .SelectMany(a => a.Reservations.Where(r => r.StockLevelId == level.Id && r.Quantity > 0).Select(r => (a, r)))
                .OrderByDescending(x => first is { } f && x.a.OrderId == f.OrderId && x.r.LineNumber == f.LineNumber)
                .ThenByDescending(x => x.a.PlacedAt)
                .ToList();
            foreach (var (allocation, reservation) in order)
            {
                if (toFree <= 0) break;
                var give = Math.Min(toFree, reservation.Quantity);
                db.Ledger.Add(level.Release(give, allocation.OrderId, actor, now));
                reservation.Quantity -= give;
                allocation.Lines.Single(l => l.LineNumber == reservation.LineNumber).Allocated -= give;
                toFree -= give;
                if (!affected.Contains(allocation)) affected.Add(allocation);
            }
        }

        db.Ledger.Add(level.Adjust(-missing, reason, actor, now, reference));
        if (affected.Count == 0) return [];
        var refill = affected.OrderBy(a => a.PlacedAt).ToList();
        return await Allocator.FillAsync(db, refill, actor, now, cancellationToken, alwaysPublish: refill.Select(a => a.OrderId).ToHashSet());
    }
}
