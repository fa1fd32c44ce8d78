using Commerce.Kernel;
using Commerce.Kernel.Http;
using Commerce.Kernel.Persistence;
using Commerce.Warehouse.Data;
using Commerce.Warehouse.Domain.Layout;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Warehouse.Features.Layout;

/// <summary>A carton: inner dimensions in inches, weights in pounds.</summary>
public sealed record BoxRequest(
    string? Code, decimal? LengthIn, decimal? WidthIn, decimal? HeightIn, decimal? MaxWeightLb, decimal? TareWeightLb,
    decimal? Cost, string? Currency);

public sealed record BoxView(
    string Code, decimal LengthIn, decimal WidthIn, decimal HeightIn, decimal MaxWeightLb, decimal TareWeightLb, decimal Cost,
    string Currency, bool Active);

internal static class BoxEndpoints
{
    public static void Map(RouteGroupBuilder writes, RouteGroupBuilder reads)
    {
        writes.MapPost("/locations/{location:maxlength(64)}/boxes", Add)
            .WithSummary("Add a carton to the location's box catalog")
            .WithDescription("Inner dimensions in inches, maximum and tare weight in pounds, cost per box. Codes are unique per location.");
        reads.MapGet("/locations/{location:maxlength(64)}/boxes", List).WithSummary("The location's box catalog");
    }

    private static async Task<Results<Created<BoxView>, ValidationProblem, ProblemHttpResult>> Add(
        string location, BoxRequest request, WarehouseDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        errors.Required(request.Code, "code", 32);
        foreach (var (value, field) in new[] { (request.LengthIn, "lengthIn"), (request.WidthIn, "widthIn"), (request.HeightIn, "heightIn") })
            errors.Check(value is > 0 and <= 200, field, "is required: more than 0 and at most 200 inches.");
        errors.Check(request.MaxWeightLb is > 0 and <= 2000, "maxWeightLb", "is required: more than 0 and at most 2,000 lb.");
        errors.Check(request.TareWeightLb is null or (>= 0 and <= 200), "tareWeightLb", "must be between 0 and 200 lb.");
        errors.Check(request.TareWeightLb is null || request.MaxWeightLb is null || request.TareWeightLb < request.MaxWeightLb,
            "tareWeightLb", "must be less than maxWeightLb.");
        errors.Check(request.Cost is null or (>= 0 and <= 10_000), "cost", "must be between 0 and 10,000.");
        errors.Check(request.Currency is null || Money.IsCurrencyCode(request.Currency), "currency", "must be an ISO 4217 code such as USD.");
        if (errors.Any) return errors.ToProblem();

        var box = new ShippingBox
        {
            Location = location, Code = request.Code!.Trim(), LengthIn = request.LengthIn!.Value, WidthIn = request.WidthIn!.Value,
            HeightIn = request.HeightIn!.Value, MaxWeightLb = request.MaxWeightLb!.Value, TareWeightLb = request.TareWeightLb ?? 0,
            Cost = request.Cost ?? 0, Currency = request.Currency ?? "USD", CreatedAt = clock.GetUtcNow(),
        };
        if (!await db.TryInsertAsync(box, cancellationToken))
            return Problems.Conflict("Box code already exists.", $"{location} already has a box '{box.Code}'.");
        return TypedResults.Created($"/api/warehouse/locations/{Uri.EscapeDataString(location)}/boxes", ToView(box));
    }

    private static async Task<Ok<IReadOnlyList<BoxView>>> List(string location, WarehouseDbContext db, CancellationToken cancellationToken)
    {
        var boxes = await db.Boxes.AsNoTracking().Where(b => b.Location == location).OrderBy(b => b.Code).ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<BoxView>>(boxes.Select(ToView).ToList());
    }

    private static BoxView ToView(ShippingBox b) =>
        new(b.Code, b.LengthIn, b.WidthIn, b.HeightIn, b.MaxWeightLb, b.TareWeightLb, b.Cost, b.Currency, b.Active);
}
