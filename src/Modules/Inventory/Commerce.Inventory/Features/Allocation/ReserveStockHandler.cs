using Commerce.Inventory.Contracts;
using Commerce.Inventory.Data;
using Commerce.Inventory.Domain;
using Commerce.Kernel.Auditing;
using Microsoft.EntityFrameworkCore;
using Wolverine;

namespace Commerce.Inventory.Features.Allocation;

public static class ReserveStockHandler
{
    /// <summary>
    /// Records the demand of a batch of orders and reserves what is available, oldest order first, in one transaction;
    /// the rest waits as backorders. Wolverine gathers the requests into batches (see InventoryModule), so a busy shop
    /// pays one transaction per batch, not per order.
    /// </summary>
    public static async Task<OutgoingMessages> Handle(
        ReserveStock[] batch, InventoryDbContext db, IMessageContext context, TimeProvider clock, CancellationToken cancellationToken)
    {
        db.CompleteMessageOnSave(context);
        var requests = batch.DistinctBy(r => r.OrderId).ToList();
        var orderIds = requests.Select(r => r.OrderId).ToList();
        // Seen before (a redelivery) or cancelled before it arrived: nothing to do for those.
        var known = (await db.Allocations.Where(a => orderIds.Contains(a.OrderId)).Select(a => a.OrderId)
            .ToListAsync(cancellationToken)).ToHashSet();
        var fresh = requests.Where(r => !known.Contains(r.OrderId)).OrderBy(r => r.PlacedAt).ToList();
        if (fresh.Count == 0) return [];

        var codes = fresh.SelectMany(r => r.Lines).Select(l => l.Sku).Distinct().ToList();
        var skuIds = await db.Skus.Where(s => codes.Contains(s.Code)).ToDictionaryAsync(s => s.Code, s => s.Id, cancellationToken);
        var allocations = fresh.Select(request => new OrderAllocation
        {
            OrderId = request.OrderId,
            PlacedAt = request.PlacedAt,
            Lines = request.Lines.Select(l => new AllocationLine
            {
                OrderId = request.OrderId,
                LineNumber = l.LineNumber,
                Sku = l.Sku,
                SkuId = skuIds.TryGetValue(l.Sku, out var id) ? id : null,
                Requested = l.Quantity,
                AllowedLocations = l.Locations?.ToList() ?? [],
            }).ToList(),
        }).ToList();
        db.Allocations.AddRange(allocations);

        var changes = await Allocator.FillAsync(db, allocations, Actor.Current, clock.GetUtcNow(), cancellationToken,
            alwaysPublish: allocations.Select(a => a.OrderId).ToHashSet());
        return [.. changes];
    }
}
