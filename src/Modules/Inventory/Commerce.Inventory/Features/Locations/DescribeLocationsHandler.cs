using Commerce.Inventory.Contracts;
using Commerce.Inventory.Data;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Inventory.Features.Locations;

public static class DescribeLocationsHandler
{
    public static async Task<LocationDescriptions> Handle(
        DescribeLocations query, InventoryDbContext db, CancellationToken cancellationToken)
    {
        var codes = query.Locations.Distinct().ToList();
        var found = await db.Locations.AsNoTracking().Where(l => codes.Contains(l.Code))
            .Select(l => new LocationDescription(l.Code, l.Name, l.AddressLine1, l.AddressLine2, l.City, l.Region, l.PostalCode, l.CountryCode))
            .ToListAsync(cancellationToken);
        return new LocationDescriptions(found);
    }
}
