using Commerce.Inventory.Contracts;
using Commerce.Inventory.Data;
using Commerce.Kernel.Auditing;
using Microsoft.EntityFrameworkCore;
using Wolverine;

namespace Commerce.Inventory.Features.Allocation;

public static class SetLineDemandHandler
{
    /// <summary>
    /// Re-routes a line's backorder: its demand and the locations it may be reserved at change; reservations beyond the new
    /// demand go back to stock (and to the oldest backorders), and the line is filled again where it may now be.
    /// </summary>
    public static async Task<OutgoingMessages> Handle(SetLineDemand command, InventoryDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var allocation = await db.Allocations.Include(a => a.Lines).Include(a => a.Reservations).AsSplitQuery()
            .SingleOrDefaultAsync(a => a.OrderId == command.OrderId, cancellationToken);
        var line = allocation?.Lines.SingleOrDefault(l => l.LineNumber == command.LineNumber);
        if (allocation is null || allocation.Cancelled || line is null) return [];
        var locations = command.Locations?.ToList() ?? line.AllowedLocations;
        var requested = Math.Max(0, command.Requested);
        if (line.Requested == requested && locations.SequenceEqual(line.AllowedLocations)) return [];

        line.Requested = requested;
        line.AllowedLocations = locations;
        var now = clock.GetUtcNow();
        var freedSkus = new List<Guid>();
        var excess = line.Allocated - requested;
        var held = allocation.Reservations.Where(r => r.LineNumber == line.LineNumber && r.Quantity > 0).Select(r => r.StockLevelId).ToList();
        var levels = excess > 0
            ? await db.StockLevels.Where(s => held.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken)
            : [];
        foreach (var reservation in allocation.Reservations.Where(r => r.LineNumber == line.LineNumber && r.Quantity > 0).Reverse().ToList())
        {
            if (excess <= 0) break;
            var give = Math.Min(excess, reservation.Quantity);
            var level = levels[reservation.StockLevelId];
            db.Ledger.Add(level.Release(give, allocation.OrderId, Actor.Current, now));
            reservation.Quantity -= give;
            line.Allocated -= give;
            excess -= give;
            freedSkus.Add(level.SkuId);
        }

        var changes = await Allocator.FillAsync(db, [allocation], Actor.Current, now, cancellationToken, alwaysPublish: new HashSet<Guid> { allocation.OrderId });
        var others = await Allocator.FillBackordersAsync(db, freedSkus.Distinct().ToList(), Actor.Current, now, cancellationToken);
        return [.. changes, .. others.Where(o => o.OrderId != allocation.OrderId)];
    }
}
