using Commerce.Inventory.Contracts;
using Commerce.Inventory.Data;
using Commerce.Inventory.Domain;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Inventory.Features.Allocation;

/// <summary>
/// Reserves stock for outstanding order lines, the one place where units are promised. Works on tracked entities of one
/// DbContext: the caller's transaction saves the reservations, the ledger and the outgoing messages together, and the
/// stock levels' version tokens make a racing writer fail and retry instead of overselling.
/// </summary>
public static class Allocator
{
    /// <summary>Fills what it can of the allocations' outstanding lines, in the order given (oldest order first).</summary>
    public static async Task<List<StockAllocationChanged>> FillAsync(
        InventoryDbContext db, IReadOnlyList<OrderAllocation> allocations, string actor, DateTimeOffset now,
        CancellationToken cancellationToken, ISet<Guid>? alwaysPublish = null)
    {
        var skuIds = allocations.SelectMany(a => a.Lines)
            .Where(l => l.Outstanding > 0 && l.SkuId is not null)
            .Select(l => l.SkuId!.Value)
            .Distinct()
            .ToList();
        if (skuIds.Count > 0) await db.StockLevels.Where(s => skuIds.Contains(s.SkuId)).LoadAsync(cancellationToken);
        // Local, not the query's result: it also holds a stock level created in this unit of work by a first receipt.
        var levelsBySku = db.StockLevels.Local.Where(l => skuIds.Contains(l.SkuId)).ToLookup(l => l.SkuId);
        var locationCodes = skuIds.Count > 0 ? await LocationCodesAsync(db, cancellationToken) : [];

        var changes = new List<StockAllocationChanged>();
        foreach (var allocation in allocations)
        {
            var reservedAny = false;
            foreach (var line in allocation.Lines.Where(l => l.Outstanding > 0 && l.SkuId is not null))
            {
                var candidates = levelsBySku[line.SkuId!.Value].ToDictionary(l => l.Id);
                var takes = line.AllowedLocations.Count == 0
                    ? StockSplitter.Split(line.Outstanding, candidates.Values.Select(c => new StockSource(c.Id, c.Available)).ToList())
                    : StockSplitter.InOrder(line.Outstanding, line.AllowedLocations
                        .SelectMany(code => candidates.Values.Where(c => locationCodes[c.LocationId] == code))
                        .Select(c => new StockSource(c.Id, c.Available)).ToList());
                foreach (var take in takes)
                {
                    db.Ledger.Add(candidates[take.StockLevelId].Reserve(take.Quantity, allocation.OrderId, actor, now));
                    line.Allocated += take.Quantity;
                    var held = allocation.Reservations.FirstOrDefault(
                        r => r.LineNumber == line.LineNumber && r.StockLevelId == take.StockLevelId);
                    if (held is null)
                    {
                        allocation.Reservations.Add(new LineReservation
                        {
                            OrderId = allocation.OrderId,
                            LineNumber = line.LineNumber,
                            StockLevelId = take.StockLevelId,
                            LocationCode = locationCodes[candidates[take.StockLevelId].LocationId],
                            Quantity = take.Quantity,
                        });
                    }
                    else
                    {
                        held.Quantity += take.Quantity;
                    }

                    reservedAny = true;
                }
            }

            if (reservedAny || alwaysPublish?.Contains(allocation.OrderId) == true)
            {
                allocation.MarkChanged();
                changes.Add(ToMessage(allocation));
            }
        }

        return changes;
    }

    /// <summary>Fills the backorders of these SKUs, oldest order first, with whatever is available now.</summary>
    public static async Task<List<StockAllocationChanged>> FillBackordersAsync(
        InventoryDbContext db, IReadOnlyCollection<Guid> skuIds, string actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var nullableSkuIds = skuIds.Select(id => (Guid?)id).ToList();
        var waitingOrderIds = await db.AllocationLines
            .Where(l => nullableSkuIds.Contains(l.SkuId) && l.Allocated < l.Requested)
            .Select(l => l.OrderId)
            .Distinct()
            .ToListAsync(cancellationToken);
        if (waitingOrderIds.Count == 0) return [];

        var waiting = await db.Allocations
            .Include(a => a.Lines)
            .Include(a => a.Reservations)
            .Where(a => waitingOrderIds.Contains(a.OrderId) && !a.Cancelled)
            .OrderBy(a => a.PlacedAt)
            .ThenBy(a => a.OrderId)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        // Tracked entities keep their unsaved state: an order cancelled in this same unit of work is skipped here.
        return await FillAsync(db, waiting.Where(a => !a.Cancelled).ToList(), actor, now, cancellationToken);
    }

    public static StockAllocationChanged ToMessage(OrderAllocation allocation) =>
        new(allocation.OrderId, allocation.Version,
            allocation.Lines.OrderBy(l => l.LineNumber)
                .Select(l => new AllocatedLine(l.LineNumber, l.Sku, l.Requested, l.Allocated,
                    allocation.Reservations
                        .Where(r => r.LineNumber == l.LineNumber && (r.Quantity > 0 || r.Shipped > 0))
                        .GroupBy(r => r.LocationCode)
                        .Select(g => new AllocatedAt(g.Key, g.Sum(r => r.Quantity), g.Sum(r => r.Shipped)))
                        .OrderBy(a => a.Location, StringComparer.Ordinal)
                        .ToList(),
                    UnknownSku: l.SkuId is null))
                .ToList());

    private static Task<Dictionary<Guid, string>> LocationCodesAsync(InventoryDbContext db, CancellationToken cancellationToken) =>
        db.Locations.AsNoTracking().ToDictionaryAsync(l => l.Id, l => l.Code, cancellationToken);
}
