using Commerce.Inventory.Contracts;
using Commerce.Inventory.Data;
using Commerce.Kernel.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Wolverine;

namespace Commerce.Inventory.Features.Stock;

public sealed record ReceiveStockRequest(string? Sku, string? Location, int? Quantity, string? Reference);

public sealed record AdjustStockRequest(string? Sku, string? Location, int? Delta, string? Reason);

public sealed record LedgerEntryView(
    long Id, DateTimeOffset At, string Sku, string Location, string Kind, int OnHandDelta, int ReservedDelta,
    string? Reason, string? Reference, string Actor);

internal static class StockEndpoints
{
    private const int MaxUnitsPerMovement = 1_000_000;

    public static void Map(RouteGroupBuilder api, RouteGroupBuilder reads)
    {
        api.MapPost("/receipts", Receive)
            .WithSummary("Receive stock at a location")
            .WithDescription("Adds units to on-hand stock and fills waiting backorders, oldest order first.");
        api.MapPost("/adjustments", Adjust)
            .WithSummary("Adjust on-hand stock with a reason")
            .WithDescription("Corrects on-hand stock up or down. It can never fall below the units already reserved (409).");
        reads.MapGet("/stock/by-sku/{sku}", BySku).WithSummary("Stock of one SKU at every location");
        reads.MapGet("/stock/by-location/{location}", ByLocation).WithSummary("Stock of every SKU at one location");
        reads.MapGet("/ledger", Ledger).WithSummary("The stock ledger: every movement, newest first");
    }

    private static async Task<Results<Ok<StockLevelView>, ValidationProblem, ProblemHttpResult>> Receive(
        ReceiveStockRequest request, IMessageBus bus, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        errors.Required(request.Sku, "sku", 64);
        errors.Required(request.Location, "location", 64);
        errors.Check(request.Quantity is > 0 and <= MaxUnitsPerMovement, "quantity", $"must be between 1 and {MaxUnitsPerMovement:N0}.");
        errors.Optional(request.Reference, "reference", 100);
        if (errors.Any) return errors.ToProblem();

        var outcome = await bus.InvokeAsync<StockChangeOutcome>(
            new ReceiveStock(request.Sku!, request.Location!, request.Quantity!.Value, request.Reference), cancellationToken);
        return ToResult(outcome, request.Sku!, request.Location!);
    }

    private static async Task<Results<Ok<StockLevelView>, ValidationProblem, ProblemHttpResult>> Adjust(
        AdjustStockRequest request, IMessageBus bus, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        errors.Required(request.Sku, "sku", 64);
        errors.Required(request.Location, "location", 64);
        errors.Check(request.Delta is not null and not 0 and >= -MaxUnitsPerMovement and <= MaxUnitsPerMovement, "delta",
            "must be a non-zero number of units.");
        errors.Required(request.Reason, "reason", 500);
        if (errors.Any) return errors.ToProblem();

        var outcome = await bus.InvokeAsync<StockChangeOutcome>(
            new AdjustStock(request.Sku!, request.Location!, request.Delta!.Value, request.Reason!.Trim()), cancellationToken);
        return ToResult(outcome, request.Sku!, request.Location!);
    }

    private static Results<Ok<StockLevelView>, ValidationProblem, ProblemHttpResult> ToResult(
        StockChangeOutcome outcome, string sku, string location) => outcome.Refusal switch
    {
        null => TypedResults.Ok(outcome.Level!),
        StockChangeRefusal.UnknownSku => new FieldErrors().Add("sku", $"There is no SKU '{sku}'.").ToProblem(),
        StockChangeRefusal.UnknownLocation => new FieldErrors().Add("location", $"There is no location '{location}'.").ToProblem(),
        _ => Problems.Conflict("Stock would fall below what is reserved.",
            $"{sku} at {location} has {outcome.Level!.OnHand} on hand and {outcome.Level.Reserved} reserved for orders."),
    };

    private static async Task<Results<Ok<List<StockLevelView>>, ProblemHttpResult>> BySku(
        string sku, InventoryDbContext db, CancellationToken cancellationToken)
    {
        var skuId = await db.Skus.Where(s => s.Code == sku).Select(s => (Guid?)s.Id).SingleOrDefaultAsync(cancellationToken);
        if (skuId is null) return Problems.NotFound("SKU", sku);
        var levels = await (from level in db.StockLevels
                            join location in db.Locations on level.LocationId equals location.Id
                            where level.SkuId == skuId
                            orderby location.Code
                            select new StockLevelView(sku, location.Code, level.OnHand, level.Reserved,
                                level.OnHand - level.Reserved, level.UpdatedAt))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(levels);
    }

    private static async Task<Results<Ok<List<StockLevelView>>, ProblemHttpResult>> ByLocation(
        string location, InventoryDbContext db, CancellationToken cancellationToken)
    {
        var locationId = await db.Locations.Where(l => l.Code == location).Select(l => (Guid?)l.Id)
            .SingleOrDefaultAsync(cancellationToken);
        if (locationId is null) return Problems.NotFound("Location", location);
        var levels = await (from level in db.StockLevels
                            join sku in db.Skus on level.SkuId equals sku.Id
                            where level.LocationId == locationId
                            orderby sku.Code
                            select new StockLevelView(sku.Code, location, level.OnHand, level.Reserved,
                                level.OnHand - level.Reserved, level.UpdatedAt))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(levels);
    }

    private static async Task<Results<Ok<Page<LedgerEntryView>>, ValidationProblem>> Ledger(
        InventoryDbContext db, CancellationToken cancellationToken,
        string? sku = null, string? location = null, int? page = null, int? pageSize = null)
    {
        var errors = new FieldErrors();
        if (!Paging.Validate(page, pageSize, errors)) return errors.ToProblem();
        var (number, size) = (page ?? 1, pageSize ?? Paging.DefaultPageSize);
        var query = from movement in db.Ledger
                    join s in db.Skus on movement.SkuId equals s.Id
                    join l in db.Locations on movement.LocationId equals l.Id
                    where (sku == null || s.Code == sku) && (location == null || l.Code == location)
                    select new { movement, Sku = s.Code, Location = l.Code };
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(r => r.movement.Id).Skip((number - 1) * size).Take(size)
            .ToListAsync(cancellationToken);
        var items = rows.Select(r => new LedgerEntryView(r.movement.Id, r.movement.At, r.Sku, r.Location,
            r.movement.Kind.ToString(), r.movement.OnHandDelta, r.movement.ReservedDelta, r.movement.Reason,
            r.movement.Reference, r.movement.Actor)).ToList();
        return TypedResults.Ok(new Page<LedgerEntryView>(items, number, size, total));
    }
}
