using Commerce.Kernel.Auditing;
using Commerce.Kernel.Http;
using Commerce.Warehouse.Data;
using Commerce.Warehouse.Domain.Picking;
using Commerce.Warehouse.Features.Release;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Wolverine;

namespace Commerce.Warehouse.Features.Picking;

public sealed record ScanRequest(string? Bin, string? Item, int? Quantity);

public sealed record ShortPickRequest(string? Bin, int? Found);

internal static class PickingEndpoints
{
    public static void Map(RouteGroupBuilder writes, RouteGroupBuilder reads)
    {
        reads.MapGet("/pick-lists", List).WithSummary("Pick lists, newest first, by location and status");
        reads.MapGet("/pick-lists/{id:guid}", Get).WithSummary("A pick list with its lines in walking order");
        writes.MapPost("/pick-lists/{id:guid}/lines/{lineId:guid}/scans", Scan)
            .WithSummary("Confirm picked units by scanning the bin and the item")
            .WithDescription(
                "The bin scan must be the line's bin and the item scan its SKU's barcode (or code); otherwise the scan is " +
                "refused (422) and nothing is recorded. The first picker to scan a list has it: another picker's scan is a 409.");
        writes.MapPost("/pick-lists/{id:guid}/lines/{lineId:guid}/short", Short)
            .WithSummary("Report a short pick: the bin holds fewer units than the line needs")
            .WithDescription(
                "Records the units found as picked and the rest as short, raises a count task for the bin, tells Inventory " +
                "to write the missing units off and re-allocate them, and adds a line from another bin when one holds the SKU.");
    }

    private static async Task<Results<Ok<Page<PickListView>>, ValidationProblem>> List(
        WarehouseDbContext db, CancellationToken cancellationToken,
        string? location = null, string? status = null, int? page = null, int? pageSize = null)
    {
        var errors = new FieldErrors();
        PickListStatus? wanted = null;
        if (status is not null)
        {
            if (Enum.TryParse<PickListStatus>(status, true, out var parsed)) wanted = parsed;
            else errors.Add("status", "must be Open, InProgress or Completed.");
        }

        if (!Paging.Validate(page, pageSize, errors)) return errors.ToProblem();
        if (errors.Any) return errors.ToProblem();
        var (number, size) = (page ?? 1, pageSize ?? Paging.DefaultPageSize);
        var query = db.PickLists.AsNoTracking()
            .Where(l => (location == null || l.Location == location) && (wanted == null || l.Status == wanted));
        var total = await query.CountAsync(cancellationToken);
        var lists = await query.Include(l => l.Lines).OrderByDescending(l => l.Id).Skip((number - 1) * size).Take(size)
            .AsSplitQuery().ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<PickListView>(lists.Select(PickListViews.ToView).ToList(), number, size, total));
    }

    private static async Task<Results<Ok<PickListView>, ProblemHttpResult>> Get(
        Guid id, WarehouseDbContext db, CancellationToken cancellationToken)
    {
        var list = await db.PickLists.AsNoTracking().Include(l => l.Lines).SingleOrDefaultAsync(l => l.Id == id, cancellationToken);
        return list is null ? Problems.NotFound("Pick list", id) : TypedResults.Ok(PickListViews.ToView(list));
    }

    private static async Task<Results<Ok<PickListView>, ValidationProblem, ProblemHttpResult>> Scan(
        Guid id, Guid lineId, ScanRequest request, WarehouseDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        errors.Required(request.Bin, "bin", 64);
        errors.Required(request.Item, "item", 64);
        errors.Check(request.Quantity is null or (>= 1 and <= 10_000), "quantity", "must be between 1 and 10,000.");
        if (errors.Any) return errors.ToProblem();

        var picker = Actor.Current;
        var (list, line, bin, refusal) = await ScanChecks.AtBinAsync(db, id, lineId, request.Bin!, picker, cancellationToken);
        if (refusal is not null) return refusal.ToProblem();
        if (!line!.IsItem(request.Item!))
        {
            return Problems.Unprocessable("Wrong item.",
                $"Bin {bin!.Code} line wants {line.Sku}{(line.ItemBarcode is null ? "" : $" (barcode {line.ItemBarcode})")}; " +
                $"the scan '{request.Item}' is not that item.");
        }

        var units = request.Quantity ?? 1;
        if (units > line.Remaining)
            return Problems.Unprocessable("Too many units.", $"Only {line.Remaining} units are left to pick on this line.");

        var now = clock.GetUtcNow();
        list!.ClaimFor(picker);
        line.Confirm(units, picker, now);
        var stock = await db.BinStock.SingleAsync(s => s.BinId == line.BinId && s.Sku == line.Sku, cancellationToken);
        stock.Pick(units);
        list.CompleteIfDone(now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problems.Conflict("Changed meanwhile.", "Someone else recorded a scan on this list at the same moment; scan again.");
        }

        return TypedResults.Ok(PickListViews.ToView(list));
    }

    private static async Task<Results<Ok<PickListView>, ValidationProblem, ProblemHttpResult>> Short(
        Guid id, Guid lineId, ShortPickRequest request, IMessageBus bus, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        errors.Required(request.Bin, "bin", 64);
        errors.Check(request.Found is >= 0, "found", "is required: the units found in the bin (0 or more).");
        if (errors.Any) return errors.ToProblem();

        try
        {
            var outcome = await bus.InvokeAsync<ShortPickOutcome>(
                new RecordShortPick(id, lineId, request.Bin!, request.Found!.Value, Actor.Current), cancellationToken);
            return outcome.Refusal is not null ? outcome.Refusal.ToProblem() : TypedResults.Ok(outcome.List!);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problems.Conflict("Changed meanwhile.", "Someone else recorded a scan on this list at the same moment; try again.");
        }
    }
}
