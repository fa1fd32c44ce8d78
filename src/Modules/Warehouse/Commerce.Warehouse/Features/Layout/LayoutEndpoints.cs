using Commerce.Kernel.Http;
using Commerce.Kernel.Persistence;
using Commerce.Warehouse.Data;
using Commerce.Warehouse.Domain.Layout;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Commerce.Inventory.Contracts;
using Microsoft.EntityFrameworkCore;
using Wolverine;

namespace Commerce.Warehouse.Features.Layout;

/// <summary>Aisles in metres: <see cref="X"/> along the cross aisles; every aisle runs <c>aisleLength</c> from front to back.</summary>
public sealed record AisleRequest(int? Number, double? X, string? Zone);

public sealed record LayoutRequest(double? AisleLength, double? DepotX, IReadOnlyList<AisleRequest>? Aisles);

public sealed record LayoutView(string Location, double AisleLength, double DepotX, IReadOnlyList<AisleView> Aisles, DateTimeOffset UpdatedAt);

public sealed record AisleView(int Number, double X, string Zone);

public sealed record BinRequest(string? Code, string? Barcode, int? Aisle, double? Position);

public sealed record BinView(Guid Id, string Location, string Code, string Barcode, int Aisle, double Position, string Zone);

internal static class LayoutEndpoints
{
    public const int MaxAisles = 200;

    public static void Map(RouteGroupBuilder writes, RouteGroupBuilder reads)
    {
        writes.MapPut("/locations/{location:maxlength(64)}/layout", PutLayout)
            .WithSummary("Define a location's floor: aisles, zones and the depot")
            .WithDescription(
                "A single block of parallel aisles between a front and a back cross aisle, distances in metres. The depot " +
                "(pack station) sits on the front cross aisle at depotX. Aisles that hold bins cannot be removed.");
        reads.MapGet("/locations/{location:maxlength(64)}/layout", GetLayout).WithSummary("A location's floor layout");
        writes.MapPost("/locations/{location:maxlength(64)}/bins", AddBins)
            .WithSummary("Add bins to aisles")
            .WithDescription("Each bin sits in an aisle, position metres from the front cross aisle. Codes and barcodes are unique per location.");
        reads.MapGet("/locations/{location:maxlength(64)}/bins", ListBins).WithSummary("A location's bins, by code");
    }

    private static async Task<Results<Ok<LayoutView>, ValidationProblem, ProblemHttpResult>> PutLayout(
        string location, LayoutRequest request, WarehouseDbContext db, IMessageBus bus, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        errors.Check(location.Length <= 64, "location", "must be at most 64 characters.");
        errors.Check(request.AisleLength is > 0 and <= 1000, "aisleLength", "must be more than 0 and at most 1,000 metres.");
        errors.Check(request.DepotX is >= 0 and <= 10_000, "depotX", "is required: 0 to 10,000 metres.");
        if (request.Aisles is null || request.Aisles.Count is 0 or > MaxAisles)
            errors.Add("aisles", $"must list 1 to {MaxAisles} aisles.");
        else
        {
            for (var i = 0; i < request.Aisles.Count; i++)
            {
                var aisle = request.Aisles[i];
                if (aisle is null)
                {
                    errors.Add($"aisles[{i}]", "is required.");
                    continue;
                }

                errors.Check(aisle.Number is >= 1 and <= 9999, $"aisles[{i}].number", "is required: 1 to 9,999.");
                errors.Check(aisle.X is >= 0 and <= 10_000, $"aisles[{i}].x", "is required: 0 to 10,000 metres.");
                errors.Required(aisle.Zone, $"aisles[{i}].zone", 32);
            }

            errors.Check(request.Aisles.Select(a => a?.Number).Distinct().Count() == request.Aisles.Count, "aisles", "numbers must be unique.");
            errors.Check(request.Aisles.Select(a => a?.X).Distinct().Count() == request.Aisles.Count, "aisles", "must each have their own x.");
        }

        if (errors.Any) return errors.ToProblem();
        var unknown = await bus.InvokeAsync<UnknownLocations>(new FindUnknownLocations([location]), cancellationToken);
        if (unknown.Locations.Count > 0)
            return new FieldErrors().Add("location", $"There is no location '{location}' in Inventory: create it there first.").ToProblem();

        var numbers = request.Aisles!.Select(a => a.Number!.Value).ToHashSet();
        var orphaned = await db.Bins.Where(b => b.Location == location && !numbers.Contains(b.Aisle)).Select(b => b.Code)
            .Take(5).ToListAsync(cancellationToken);
        if (orphaned.Count > 0)
            return Problems.Conflict("Aisles hold bins.", $"Bins {string.Join(", ", orphaned)} are in aisles this layout leaves out.");

        var layout = await db.Layouts.Include(l => l.Aisles).SingleOrDefaultAsync(l => l.Location == location, cancellationToken);
        if (layout is null)
        {
            layout = new WarehouseLayout { Location = location };
            db.Layouts.Add(layout);
        }

        layout.AisleLength = request.AisleLength!.Value;
        layout.DepotX = request.DepotX!.Value;
        layout.UpdatedAt = clock.GetUtcNow();
        db.RemoveRange(layout.Aisles);
        layout.Aisles.Clear();
        // The bins' positions must still lie inside the aisles.
        var tooDeep = await db.Bins.Where(b => b.Location == location && b.Position > layout.AisleLength).Select(b => b.Code)
            .Take(5).ToListAsync(cancellationToken);
        if (tooDeep.Count > 0)
            return Problems.Conflict("Bins lie beyond the aisles.", $"Bins {string.Join(", ", tooDeep)} are deeper than {layout.AisleLength} m.");
        foreach (var aisle in request.Aisles!)
            layout.Aisles.Add(new Aisle { LayoutId = layout.Id, Number = aisle.Number!.Value, X = aisle.X!.Value, Zone = aisle.Zone!.Trim() });

        if (!await db.TrySaveAsync(cancellationToken))
            return Problems.Conflict("Defined meanwhile.", $"The layout of '{location}' was defined by someone else at the same moment.");
        return TypedResults.Ok(ToView(layout));
    }

    private static async Task<Results<Ok<LayoutView>, ProblemHttpResult>> GetLayout(
        string location, WarehouseDbContext db, CancellationToken cancellationToken)
    {
        var layout = await db.Layouts.AsNoTracking().Include(l => l.Aisles).SingleOrDefaultAsync(l => l.Location == location, cancellationToken);
        return layout is null ? Problems.NotFound("Layout", location) : TypedResults.Ok(ToView(layout));
    }

    private static async Task<Results<Created<IReadOnlyList<BinView>>, ValidationProblem, ProblemHttpResult>> AddBins(
        string location, IReadOnlyList<BinRequest> request, WarehouseDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var layout = await db.Layouts.AsNoTracking().Include(l => l.Aisles).SingleOrDefaultAsync(l => l.Location == location, cancellationToken);
        if (layout is null) return Problems.Conflict("The location has no layout.", $"Define the aisles of '{location}' before adding bins.");

        var errors = new FieldErrors();
        errors.Check(request.Count is > 0 and <= 5000, "", "must list 1 to 5,000 bins.");
        for (var i = 0; i < request.Count; i++)
        {
            var bin = request[i];
            if (bin is null)
            {
                errors.Add($"[{i}]", "is required.");
                continue;
            }

            errors.Required(bin.Code, $"[{i}].code", 32);
            errors.Optional(bin.Barcode, $"[{i}].barcode", 64);
            errors.Check(bin.Aisle is not null && layout.Aisles.Any(a => a.Number == bin.Aisle), $"[{i}].aisle",
                "must be one of the layout's aisle numbers.");
            errors.Check(bin.Position is not null && bin.Position >= 0 && bin.Position <= layout.AisleLength, $"[{i}].position",
                $"must be between 0 and the aisle length ({layout.AisleLength} m).");
        }

        // A code or barcode may name one bin only, whichever way it is scanned: otherwise a scan could pass at the wrong bin.
        var labels = request.Where(b => b is not null)
            .SelectMany(b => new[] { b.Code?.Trim(), string.IsNullOrWhiteSpace(b.Barcode) ? null : b.Barcode.Trim() }.Distinct())
            .Where(l => l is not null).ToList();
        errors.Check(labels.Distinct().Count() == labels.Count, "", "each code and barcode must name one bin only.");
        if (errors.Any) return errors.ToProblem();
        var taken = await db.Bins.Where(b => b.Location == location && (labels.Contains(b.Code) || labels.Contains(b.Barcode)))
            .Select(b => b.Code).Take(5).ToListAsync(cancellationToken);
        if (taken.Count > 0)
            return Problems.Conflict("Bin labels already used.", $"Bins {string.Join(", ", taken)} already use one of these codes or barcodes.");

        var now = clock.GetUtcNow();
        var bins = request.Select(b => new Bin
        {
            Location = location, Code = b.Code!.Trim(), Barcode = string.IsNullOrWhiteSpace(b.Barcode) ? b.Code!.Trim() : b.Barcode.Trim(),
            Aisle = b.Aisle!.Value, Position = b.Position!.Value, CreatedAt = now,
        }).ToList();
        db.Bins.AddRange(bins);
        if (!await db.TrySaveAsync(cancellationToken))
            return Problems.Conflict("Bin codes already exist.", "One or more of these bin codes or barcodes are already used at this location.");
        IReadOnlyList<BinView> views = bins.Select(b => ToView(b, layout)).ToList();
        return TypedResults.Created($"/api/warehouse/locations/{Uri.EscapeDataString(location)}/bins", views);
    }

    private static async Task<Ok<IReadOnlyList<BinView>>> ListBins(string location, WarehouseDbContext db, CancellationToken cancellationToken)
    {
        var layout = await db.Layouts.AsNoTracking().Include(l => l.Aisles).SingleOrDefaultAsync(l => l.Location == location, cancellationToken);
        var bins = await db.Bins.AsNoTracking().Where(b => b.Location == location).OrderBy(b => b.Code).ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<BinView>>(bins.Select(b => ToView(b, layout)).ToList());
    }

    private static LayoutView ToView(WarehouseLayout layout) =>
        new(layout.Location, layout.AisleLength, layout.DepotX,
            layout.Aisles.OrderBy(a => a.X).Select(a => new AisleView(a.Number, a.X, a.Zone)).ToList(), layout.UpdatedAt);

    private static BinView ToView(Bin bin, WarehouseLayout? layout) =>
        new(bin.Id, bin.Location, bin.Code, bin.Barcode, bin.Aisle, bin.Position, layout?.ZoneOf(bin.Aisle) ?? "");
}
