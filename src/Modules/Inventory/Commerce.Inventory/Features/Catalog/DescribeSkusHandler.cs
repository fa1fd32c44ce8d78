using Commerce.Inventory.Contracts;
using Commerce.Inventory.Data;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Inventory.Features.Catalog;

public static class DescribeSkusHandler
{
    public static async Task<SkuDescriptions> Handle(
        DescribeSkus query, InventoryDbContext db, CancellationToken cancellationToken)
    {
        var codes = query.Skus.Distinct().ToList();
        var found = await db.Skus.AsNoTracking()
            .Where(s => codes.Contains(s.Code))
            .OrderBy(s => s.Code)
            .Select(s => new SkuDescription(s.Code, s.Name, s.Barcode, s.LengthCm, s.WidthCm, s.HeightCm, s.WeightKg))
            .ToListAsync(cancellationToken);
        return new SkuDescriptions(found);
    }
}
