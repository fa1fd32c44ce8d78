using Commerce.Inventory.Contracts;
using Commerce.Inventory.Data;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Inventory.Features.Catalog;

public static class FindUnknownSkusHandler
{
    public static async Task<UnknownSkus> Handle(FindUnknownSkus query, InventoryDbContext db, CancellationToken cancellationToken)
    {
        var codes = query.Skus.Distinct().ToList();
        var known = await db.Skus.AsNoTracking().Where(s => codes.Contains(s.Code)).Select(s => s.Code)
            .ToListAsync(cancellationToken);
        return new UnknownSkus(codes.Except(known).ToList());
    }
}
