using Commerce.Inventory.Contracts;
using Commerce.Inventory.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wolverine.Attributes;

namespace Commerce.Inventory.Features.Catalog;

public static class FindUnknownSkusHandler
{
    /// <summary>
    /// A question asked on every order placed over the API: it writes nothing, so it runs without a transaction, and it
    /// opens a DbContext only for codes not yet known (after the first orders, almost never).
    /// </summary>
    [NonTransactional]
    public static async Task<UnknownSkus> Handle(
        FindUnknownSkus query, KnownSkus knownSkus, IServiceScopeFactory scopes, CancellationToken cancellationToken)
    {
        var toLookUp = query.Skus.Distinct().Where(code => !knownSkus.Contains(code)).ToList();
        if (toLookUp.Count == 0) return new UnknownSkus([]);

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InventoryDbContext>();
        var found = await db.Skus.AsNoTracking().Where(s => toLookUp.Contains(s.Code)).Select(s => s.Code)
            .ToListAsync(cancellationToken);
        knownSkus.Add(found);
        return new UnknownSkus(toLookUp.Except(found).ToList());
    }
}
