using Commerce.Inventory.Contracts;
using Commerce.Inventory.Data;
using Commerce.Inventory.Domain;
using Commerce.Kernel.Auditing;
using Microsoft.EntityFrameworkCore;
using Wolverine;

namespace Commerce.Inventory.Features.Allocation;

public static class ReserveStockHandler
{
    /// <summary>Records the order's demand and reserves what is available; the rest waits as backorders.</summary>
    public static async Task<OutgoingMessages> Handle(
        ReserveStock command, InventoryDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        // Seen before (a redelivery) or cancelled before it arrived: nothing to do.
        if (await db.Allocations.AnyAsync(a => a.OrderId == command.OrderId, cancellationToken)) return [];

        var codes = command.Lines.Select(l => l.Sku).Distinct().ToList();
        var skuIds = await db.Skus.Where(s => codes.Contains(s.Code)).ToDictionaryAsync(s => s.Code, s => s.Id, cancellationToken);
        var allocation = new OrderAllocation
        {
            OrderId = command.OrderId,
            PlacedAt = command.PlacedAt,
            Lines = command.Lines.Select(l => new AllocationLine
            {
                OrderId = command.OrderId,
                LineNumber = l.LineNumber,
                Sku = l.Sku,
                SkuId = skuIds.TryGetValue(l.Sku, out var id) ? id : null,
                Requested = l.Quantity,
            }).ToList(),
        };
        db.Allocations.Add(allocation);

        var changes = await Allocator.FillAsync(db, [allocation], Actor.Current, clock.GetUtcNow(), cancellationToken,
            alwaysPublish: new HashSet<Guid> { allocation.OrderId });
        return [.. changes];
    }
}
