using Commerce.Inventory.Contracts;
using Commerce.Inventory.Data;
using Microsoft.EntityFrameworkCore;
using Wolverine.Attributes;

namespace Commerce.Inventory.Features.Catalog;

public static class FindUnknownSkusHandler
{
    /// <summary>A question asked on every order placed over the API: it writes nothing, so it runs without a transaction.</summary>
    [NonTransactional]
    public static async Task<UnknownSkus> Handle(
        FindUnknownSkus query, InventoryDbContext db, KnownSkus knownSkus, CancellationToken cancellationToken)
    {
        var toLookUp = query.Skus.Distinct().Where(code => !knownSkus.Contains(code)).ToList();
        if (toLookUp.Count == 0) return new UnknownSkus([]);

        var found = await db.Skus.AsNoTracking().Where(s => toLookUp.Contains(s.Code)).Select(s => s.Code)
            .ToListAsync(cancellationToken);
        knownSkus.Add(found);
        return new UnknownSkus(toLookUp.Except(found).ToList());
    }
}
