using Commerce.Inventory.Contracts;
using Commerce.Inventory.Data;
using Commerce.Inventory.Domain;
using Commerce.Kernel.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Wolverine;

namespace Commerce.Inventory.Features.Allocation;

public static class ReportShortPickHandler
{
    /// <summary>
    /// Writes the missing units off the location. If that leaves fewer units on hand than are promised, the short order
    /// line gives up its reservation there first, then the newest other orders do; all of them are filled again from
    /// wherever stock is available (another location, or what is left here) and wait as backorders otherwise.
    /// </summary>
    public static async Task<OutgoingMessages> Handle(
        ReportShortPick report, InventoryDbContext db, TimeProvider clock, ILogger<ReportShortPick> logger, CancellationToken cancellationToken)
    {
        var reference = $"short-pick:{report.ShortPickId}";
        if (await db.Ledger.AnyAsync(m => m.Reference == reference, cancellationToken)) return [];

        var level = await db.StockLevels
            .Where(s => db.Skus.Any(k => k.Id == s.SkuId && k.Code == report.Sku)
                        && db.Locations.Any(l => l.Id == s.LocationId && l.Code == report.Location))
            .SingleOrDefaultAsync(cancellationToken);
        var missing = Math.Min(report.Missing, level?.OnHand ?? 0);
        if (level is null || missing <= 0)
        {
            logger.LogWarning("Short pick of {Sku} at {Location} ignored: no stock recorded there", report.Sku, report.Location);
            return [];
        }

        var now = clock.GetUtcNow();
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
            // The short line first, then the newest orders: the oldest promises are kept longest.
            var order = holders
                .SelectMany(a => a.Reservations.Where(r => r.StockLevelId == level.Id && r.Quantity > 0).Select(r => (a, r)))
                .OrderByDescending(x => x.a.OrderId == report.OrderId && x.r.LineNumber == report.LineNumber)
                .ThenByDescending(x => x.a.PlacedAt)
                .ToList();
            foreach (var (allocation, reservation) in order)
            {
                if (toFree <= 0) break;
                var give = Math.Min(toFree, reservation.Quantity);
                db.Ledger.Add(level.Release(give, allocation.OrderId, Actor.Current, now));
                reservation.Quantity -= give;
                allocation.Lines.Single(l => l.LineNumber == reservation.LineNumber).Allocated -= give;
                toFree -= give;
                if (!affected.Contains(allocation)) affected.Add(allocation);
            }
        }

        db.Ledger.Add(level.Adjust(-missing, $"short-pick: order {report.OrderId} line {report.LineNumber}, bin {report.Bin}",
            Actor.Current, now, reference));
        if (affected.Count == 0) return [];

        var refill = affected.OrderBy(a => a.PlacedAt).ToList();
        var changes = await Allocator.FillAsync(db, refill, Actor.Current, now, cancellationToken,
            alwaysPublish: refill.Select(a => a.OrderId).ToHashSet());
        return [.. changes];
    }
}
