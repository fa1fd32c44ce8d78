using Commerce.Inventory.Contracts;
using Commerce.Inventory.Data;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Inventory.Features.Locations;

public static class FindUnknownLocationsHandler
{
    public static async Task<UnknownLocations> Handle(
        FindUnknownLocations query, InventoryDbContext db, CancellationToken cancellationToken)
    {
        var codes = query.Locations.Distinct().ToList();
        var found = await db.Locations.AsNoTracking().Where(l => codes.Contains(l.Code)).Select(l => l.Code)
            .ToListAsync(cancellationToken);
        return new UnknownLocations(codes.Except(found).ToList());
    }
}
