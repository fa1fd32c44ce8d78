using Commerce.Inventory.Data;
using Commerce.Inventory.Domain;
using Commerce.Kernel.Http;
using Commerce.Kernel.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Inventory.Features.Locations;

public sealed record AddressDto(
    string? Line1, string? Line2, string? City, string? Region, string? PostalCode, string? CountryCode);

public sealed record CreateLocationRequest(string? Code, string? Name, AddressDto? Address);

public sealed record LocationView(Guid Id, string Code, string Name, AddressDto Address, DateTimeOffset CreatedAt);

internal static class LocationEndpoints
{
    public static void Map(RouteGroupBuilder api, RouteGroupBuilder reads)
    {
        api.MapPost("/locations", Create)
            .WithSummary("Create a location")
            .WithDescription("Adds a warehouse (a place that holds stock) with its address. Codes are unique.");
        reads.MapGet("/locations", List).WithSummary("List locations");
        reads.MapGet("/locations/{code}", Get).WithSummary("Get a location by its code");
    }

    private static async Task<Results<Created<LocationView>, ValidationProblem, ProblemHttpResult>> Create(
        CreateLocationRequest request, InventoryDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        errors.Required(request.Code, "code", 64);
        errors.Required(request.Name, "name");
        if (request.Address is null)
        {
            errors.Add("address", "is required.");
        }
        else
        {
            errors.Required(request.Address.Line1, "address.line1");
            errors.Optional(request.Address.Line2, "address.line2");
            errors.Required(request.Address.City, "address.city", 100);
            errors.Optional(request.Address.Region, "address.region", 100);
            errors.Required(request.Address.PostalCode, "address.postalCode", 20);
            errors.Check(request.Address.CountryCode is { Length: 2 } c && c.All(char.IsAsciiLetterUpper),
                "address.countryCode", "must be an ISO 3166-1 alpha-2 code such as US.");
        }

        if (errors.Any) return errors.ToProblem();

        var address = request.Address!;
        var location = new Location
        {
            Code = request.Code!.Trim(),
            Name = request.Name!.Trim(),
            AddressLine1 = address.Line1!.Trim(),
            AddressLine2 = address.Line2?.Trim(),
            City = address.City!.Trim(),
            Region = address.Region?.Trim(),
            PostalCode = address.PostalCode!.Trim(),
            CountryCode = address.CountryCode!,
            CreatedAt = clock.GetUtcNow(),
        };
        if (await db.Locations.AnyAsync(l => l.Code == location.Code, cancellationToken)) return Duplicate(location.Code);
        if (!await db.TryInsertAsync(location, cancellationToken)) return Duplicate(location.Code);

        return TypedResults.Created($"/api/inventory/locations/{Uri.EscapeDataString(location.Code)}", ToView(location));
    }

    private static async Task<Ok<List<LocationView>>> List(InventoryDbContext db, CancellationToken cancellationToken)
    {
        var locations = await db.Locations.AsNoTracking().OrderBy(l => l.Code).ToListAsync(cancellationToken);
        return TypedResults.Ok(locations.Select(ToView).ToList());
    }

    private static async Task<Results<Ok<LocationView>, ProblemHttpResult>> Get(
        string code, InventoryDbContext db, CancellationToken cancellationToken)
    {
        var location = await db.Locations.AsNoTracking().SingleOrDefaultAsync(l => l.Code == code, cancellationToken);
        return location is null ? Problems.NotFound("Location", code) : TypedResults.Ok(ToView(location));
    }

    private static ProblemHttpResult Duplicate(string code) =>
        Problems.Conflict("Location code already exists.", $"A location with code '{code}' already exists.");

    private static LocationView ToView(Location l) =>
        new(l.Id, l.Code, l.Name, new AddressDto(l.AddressLine1, l.AddressLine2, l.City, l.Region, l.PostalCode, l.CountryCode),
            l.CreatedAt);
}
