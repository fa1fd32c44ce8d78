using Commerce.Inventory.Contracts;
using Commerce.Inventory.Data;
using Commerce.Kernel.Auditing;
using Microsoft.EntityFrameworkCore;
using Wolverine;

namespace Commerce.Inventory.Features.Allocation;

public static class ResolveSkusHandler
{
    /// <summary>Lines whose SKU the catalogue now knows get it and are filled; the allocation is published either way.</summary>
    public static async Task<OutgoingMessages> Handle(ResolveSkus command, InventoryDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var allocation = await db.Allocations.Include(a => a.Lines).Include(a => a.Reservations).AsSplitQuery()
            .SingleOrDefaultAsync(a => a.OrderId == command.OrderId, cancellationToken);
        if (allocation is null || allocation.Cancelled) return [];
        var codes = allocation.Lines.Where(l => l.SkuId is null).Select(l => l.Sku).Distinct().ToList();
        var known = await db.Skus.Where(s => codes.Contains(s.Code)).ToDictionaryAsync(s => s.Code, s => s.Id, cancellationToken);
        foreach (var line in allocation.Lines.Where(l => l.SkuId is null && known.ContainsKey(l.Sku))) line.SkuId = known[line.Sku];
        var changes = await Allocator.FillAsync(db, [allocation], Actor.Current, clock.GetUtcNow(), cancellationToken,
            alwaysPublish: new HashSet<Guid> { allocation.OrderId });
        return [.. changes];
    }
}
