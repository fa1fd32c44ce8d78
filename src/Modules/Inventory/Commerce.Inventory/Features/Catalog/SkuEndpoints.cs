using Commerce.Inventory.Data;
using Commerce.Inventory.Domain;
using Commerce.Kernel;
using Commerce.Kernel.Http;
using Commerce.Kernel.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Inventory.Features.Catalog;

public sealed record CreateSkuRequest(
    string? Code, string? Name, string? Barcode,
    decimal? LengthCm, decimal? WidthCm, decimal? HeightCm, decimal? WeightKg,
    decimal? UnitCost, string? Currency, int? LeadTimeDays = null, string? Category = null);

public sealed record SkuView(
    Guid Id, string Code, string Name, string? Barcode,
    decimal LengthCm, decimal WidthCm, decimal HeightCm, decimal WeightKg,
    decimal UnitCost, string Currency, DateTimeOffset CreatedAt, int? LeadTimeDays, string? Category);

internal static class SkuEndpoints
{
    public static void Map(RouteGroupBuilder api, RouteGroupBuilder reads)
    {
        api.MapPost("/skus", Create)
            .WithSummary("Create a SKU")
            .WithDescription("Adds a stock-keeping unit to the catalog. Codes are unique; a repeated code is a 409.");
        reads.MapGet("/skus/{code}", Get).WithSummary("Get a SKU by its code");
        reads.MapGet("/skus", List).WithSummary("List SKUs, by code");
    }

    private static async Task<Results<Created<SkuView>, ValidationProblem, ProblemHttpResult>> Create(
        CreateSkuRequest request, InventoryDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        errors.Required(request.Code, "code", 64);
        errors.Required(request.Name, "name");
        errors.Optional(request.Barcode, "barcode", 64);
        errors.Optional(request.Category, "category", 64);
        foreach (var (value, field) in new[]
                 {
                     (request.LengthCm, "lengthCm"), (request.WidthCm, "widthCm"), (request.HeightCm, "heightCm"),
                     (request.WeightKg, "weightKg"), (request.UnitCost, "unitCost"),
                 })
        {
            errors.Check(value is null or (>= 0 and < 1_000_000), field, "must be between 0 and 1,000,000.");
        }

        errors.Check(request.LeadTimeDays is null or (>= 0 and <= 365), "leadTimeDays", "must be between 0 and 365 days.");
        errors.Check(request.Currency is null || Money.IsCurrencyCode(request.Currency), "currency",
            "must be an ISO 4217 code such as USD.");
        if (errors.Any) return errors.ToProblem();

        var sku = new Sku
        {
            Code = request.Code!.Trim(),
            Name = request.Name!.Trim(),
            Barcode = string.IsNullOrWhiteSpace(request.Barcode) ? null : request.Barcode.Trim(),
            LengthCm = request.LengthCm ?? 0,
            WidthCm = request.WidthCm ?? 0,
            HeightCm = request.HeightCm ?? 0,
            WeightKg = request.WeightKg ?? 0,
            UnitCost = request.UnitCost ?? 0,
            Currency = request.Currency ?? "USD",
            LeadTimeDays = request.LeadTimeDays,
            Category = string.IsNullOrWhiteSpace(request.Category) ? null : request.Category.Trim(),
            CreatedAt = clock.GetUtcNow(),
        };
        if (await db.Skus.AnyAsync(s => s.Code == sku.Code, cancellationToken)) return DuplicateCode(sku.Code);
        if (!await db.TryInsertAsync(sku, cancellationToken)) return DuplicateCode(sku.Code);

        return TypedResults.Created($"/api/inventory/skus/{Uri.EscapeDataString(sku.Code)}", ToView(sku));
    }

    private static async Task<Results<Ok<SkuView>, ProblemHttpResult>> Get(
        string code, InventoryDbContext db, CancellationToken cancellationToken)
    {
        var sku = await db.Skus.AsNoTracking().SingleOrDefaultAsync(s => s.Code == code, cancellationToken);
        return sku is null ? Problems.NotFound("SKU", code) : TypedResults.Ok(ToView(sku));
    }

    private static async Task<Results<Ok<Page<SkuView>>, ValidationProblem>> List(
        InventoryDbContext db, CancellationToken cancellationToken, int? page = null, int? pageSize = null)
    {
        var errors = new FieldErrors();
        if (!Paging.Validate(page, pageSize, errors)) return errors.ToProblem();
        var (number, size) = (page ?? 1, pageSize ?? Paging.DefaultPageSize);
        var total = await db.Skus.CountAsync(cancellationToken);
        var skus = await db.Skus.AsNoTracking().OrderBy(s => s.Code).Skip((number - 1) * size).Take(size)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<SkuView>(skus.Select(ToView).ToList(), number, size, total));
    }

    private static ProblemHttpResult DuplicateCode(string code) =>
        Problems.Conflict("SKU code already exists.", $"A SKU with code '{code}' already exists.");

    private static SkuView ToView(Sku s) =>
        new(s.Id, s.Code, s.Name, s.Barcode, s.LengthCm, s.WidthCm, s.HeightCm, s.WeightKg, s.UnitCost, s.Currency, s.CreatedAt, s.LeadTimeDays, s.Category);
}
