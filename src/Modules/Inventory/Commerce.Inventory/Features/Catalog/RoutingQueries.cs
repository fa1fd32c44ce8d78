using Commerce.Inventory.Contracts;
using Commerce.Inventory.Data;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Inventory.Features.Catalog;

public static class DescribeStockForRoutingHandler
{
    /// <summary>The order's SKUs with their categories and what every location has available of them now.</summary>
    public static async Task<StockForRouting> Handle(DescribeStockForRouting query, InventoryDbContext db, CancellationToken cancellationToken)
    {
        var codes = query.Skus.Distinct().ToList();
        var skus = await db.Skus.AsNoTracking().Where(s => codes.Contains(s.Code))
            .Select(s => new { s.Id, s.Code, s.Category }).ToListAsync(cancellationToken);
        var ids = skus.Select(s => s.Id).ToList();
        var available = await db.StockLevels.AsNoTracking()
            .Where(l => ids.Contains(l.SkuId))
            .Join(db.Locations, l => l.LocationId, location => location.Id, (l, location) => new { location.Code, l.SkuId, Available = l.OnHand - l.Reserved })
            .ToListAsync(cancellationToken);
        var codeOf = skus.ToDictionary(s => s.Id, s => s.Code);
        return new StockForRouting(query.OrderId,
            codes.Select(code => skus.FirstOrDefault(s => s.Code == code) is { } sku
                ? new SkuCategory(code, sku.Category, Known: true)
                : new SkuCategory(code, null, Known: false)).ToList(),
            available.Where(a => a.Available > 0).Select(a => new AvailableAt(a.Code, codeOf[a.SkuId], a.Available)).ToList());
    }
}

public static class FindUnknownCategoriesHandler
{
    public static async Task<UnknownCategories> Handle(FindUnknownCategories query, InventoryDbContext db, CancellationToken cancellationToken)
    {
        var wanted = query.Categories.Distinct().ToList();
        var found = await db.Skus.AsNoTracking().Where(s => s.Category != null && wanted.Contains(s.Category))
            .Select(s => s.Category!).Distinct().ToListAsync(cancellationToken);
        return new UnknownCategories(wanted.Except(found).ToList());
    }
}
