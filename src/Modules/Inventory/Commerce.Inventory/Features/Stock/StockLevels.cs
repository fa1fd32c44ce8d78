using Commerce.Inventory.Contracts;
using Commerce.Inventory.Data;
using Commerce.Inventory.Domain;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Inventory.Features.Stock;

/// <summary>Finds the stock level of a SKU at a location by their codes, creating it at zero on first use.</summary>
public static class StockLevels
{
    public static async Task<(StockLevel?, StockChangeRefusal?)> FindOrCreateLevel(
        InventoryDbContext db, string skuCode, string locationCode, CancellationToken cancellationToken)
    {
        var skuId = await db.Skus.Where(s => s.Code == skuCode).Select(s => (Guid?)s.Id).SingleOrDefaultAsync(cancellationToken);
        if (skuId is null) return (null, StockChangeRefusal.UnknownSku);
        var locationId = await db.Locations.Where(l => l.Code == locationCode).Select(l => (Guid?)l.Id)
            .SingleOrDefaultAsync(cancellationToken);
        if (locationId is null) return (null, StockChangeRefusal.UnknownLocation);

        var level = await db.StockLevels.SingleOrDefaultAsync(s => s.SkuId == skuId && s.LocationId == locationId, cancellationToken);
        if (level is null)
        {
            level = new StockLevel { SkuId = skuId.Value, LocationId = locationId.Value };
            db.StockLevels.Add(level);
        }

        return (level, null);
    }

    public static StockLevelView ToView(StockLevel level, string sku, string location) =>
        new(sku, location, level.OnHand, level.Reserved, level.Available, level.UpdatedAt);
}
