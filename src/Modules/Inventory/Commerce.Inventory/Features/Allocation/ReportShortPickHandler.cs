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

        var changes = await StockWriteOff.WriteOffAsync(db, level, missing,
            $"short-pick: order {report.OrderId} line {report.LineNumber}, bin {report.Bin}", reference, Actor.Current, clock.GetUtcNow(),
            cancellationToken, first: (report.OrderId, report.LineNumber));
        return [.. changes];
    }
}
