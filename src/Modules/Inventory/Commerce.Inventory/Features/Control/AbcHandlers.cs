using Commerce.Inventory.Data;
using Commerce.Inventory.Domain;
using Commerce.Inventory.Domain.Control;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Commerce.Inventory.Features.Control;

/// <summary>Classify every SKU again by annual consumption value (sent nightly by the inventory control job, or on demand).</summary>
public sealed record RecomputeAbc;

public static class RecomputeAbcHandler
{
    public static async Task Handle(
        RecomputeAbc _, InventoryDbContext db, IOptions<InventoryControlOptions> options, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var yearAgo = now.AddDays(-365);
        var shippedBySku = (await db.Ledger.AsNoTracking()
                .Where(m => (m.Kind == MovementKind.Shipment || m.Kind == MovementKind.ShipmentReversal) && m.At >= yearAgo)
                .Select(m => new { m.SkuId, m.OnHandDelta })
                .ToListAsync(cancellationToken))
            .GroupBy(m => m.SkuId)
            .ToDictionary(g => g.Key, g => -g.Sum(m => m.OnHandDelta));
        var skus = await db.Skus.AsNoTracking().Select(s => new { s.Id, s.Code, s.UnitCost }).ToListAsync(cancellationToken);
        var items = skus.Select(s => new AbcItem<string>(s.Code, Math.Max(0, shippedBySku.GetValueOrDefault(s.Id)) * s.UnitCost)).ToList();
        var classes = AbcAnalysis.Classify(items, new AbcCutoffs(options.Value.AbcCutoffA, options.Value.AbcCutoffB));
        var idByCode = skus.ToDictionary(s => s.Code, s => s.Id);
        var existing = await db.Classifications.ToDictionaryAsync(c => c.SkuId, cancellationToken);
        foreach (var (code, abc, value, share) in classes)
        {
            var skuId = idByCode[code];
            if (!existing.TryGetValue(skuId, out var row))
                db.Classifications.Add(row = new SkuClassification { SkuId = skuId, Class = abc.ToString() });
            row.Class = abc.ToString();
            row.AnnualValue = value;
            row.CumulativeShare = share;
            row.ComputedAt = now;
        }
    }
}
