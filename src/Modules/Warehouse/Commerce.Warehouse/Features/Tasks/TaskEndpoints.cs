using Commerce.Kernel.Auditing;
using Commerce.Kernel.Http;
using Commerce.Kernel.Persistence;
using Commerce.Warehouse.Data;
using Commerce.Warehouse.Features.Layout;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Commerce.Warehouse.Features.Picking;
using Microsoft.EntityFrameworkCore;
using Wolverine;

namespace Commerce.Warehouse.Features.Tasks;

public sealed record CountTaskView(Guid Id, string Bin, string Sku, string Reason, DateTimeOffset CreatedAt, int? Counted, string? CountedBy);

public sealed record PutAwayTaskView(Guid Id, string Bin, string Sku, int Quantity, Guid OrderId, string Reason, DateTimeOffset CreatedAt, bool Done);

public sealed record CompletePutAwayRequest(string? Bin);

/// <summary>A blind count: the bin scanned and the units found, without being told what the system expects.</summary>
public sealed record CountRequest(string? Bin, int? Counted);

internal static class TaskEndpoints
{
    public static void Map(RouteGroupBuilder writes, RouteGroupBuilder reads)
    {
        reads.MapGet("/locations/{location:maxlength(64)}/count-tasks", CountTasks).WithSummary("Bins to count (raised by short picks)");
        reads.MapGet("/locations/{location:maxlength(64)}/put-away-tasks", PutAwayTasks).WithSummary("Picked units waiting to go back to their bins");
        writes.MapPost("/count-tasks/{id:guid}/complete", CompleteCount)
            .WithSummary("Record a blind count of a bin")
            .WithDescription("The bin holds what was counted; a difference adjusts Inventory's stock with reason \"count\".");
        writes.MapPost("/put-away-tasks/{id:guid}/complete", CompletePutAway)
            .WithSummary("Confirm units are back in their bin (scan the bin)");
    }

    private static async Task<Ok<IReadOnlyList<CountTaskView>>> CountTasks(
        string location, WarehouseDbContext db, CancellationToken cancellationToken, bool? open = null)
    {
        var tasks = await db.CountTasks.AsNoTracking()
            .Where(t => t.Location == location && (open == null || (t.CountedAt == null) == open))
            .OrderBy(t => t.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<CountTaskView>>(
            tasks.Select(ToView).ToList());
    }

    private static async Task<Ok<IReadOnlyList<PutAwayTaskView>>> PutAwayTasks(
        string location, WarehouseDbContext db, CancellationToken cancellationToken, bool? open = null)
    {
        var tasks = await db.PutAwayTasks.AsNoTracking()
            .Where(t => t.Location == location && (open == null || (t.DoneAt == null) == open))
            .OrderBy(t => t.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<PutAwayTaskView>>(tasks.Select(ToView).ToList());
    }

    private static async Task<Results<Ok<PutAwayTaskView>, ValidationProblem, ProblemHttpResult>> CompletePutAway(
        Guid id, CompletePutAwayRequest request, WarehouseDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        errors.Required(request.Bin, "bin", 64);
        if (errors.Any) return errors.ToProblem();
        var task = await db.PutAwayTasks.SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (task is null) return Problems.NotFound("Put-away task", id);
        if (task.Done) return Problems.Conflict("Already done.", $"The units were put away by {task.DoneBy}.");
        var bin = await db.Bins.SingleAsync(b => b.Id == task.BinId, cancellationToken);
        if (!bin.IsScannedAs(request.Bin!))
            return Problems.Unprocessable("Wrong bin.", $"These units go back to bin {bin.Code}; the scan '{request.Bin}' is not that bin.");

        var stock = await SlottingEndpoints.FindOrAddStockAsync(db, bin, task.Sku, cancellationToken);
        stock.Add(task.Quantity);
        task.Complete(Actor.Current, clock.GetUtcNow());
        if (!await db.TrySaveAsync(cancellationToken))
            return Problems.Conflict("Changed meanwhile.", $"Bin {bin.Code} changed at the same moment; try again.");
        return TypedResults.Ok(ToView(task));
    }

    private static async Task<Results<Ok<CountTaskView>, ValidationProblem, ProblemHttpResult>> CompleteCount(
        Guid id, CountRequest request, IMessageBus bus, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        errors.Required(request.Bin, "bin", 64);
        errors.Check(request.Counted is >= 0 and <= 1_000_000, "counted", "is required: 0 to 1,000,000 units.");
        if (errors.Any) return errors.ToProblem();
        try
        {
            var outcome = await bus.InvokeAsync<CountOutcome>(new RecordCount(id, request.Bin!, request.Counted!.Value, Actor.Current), cancellationToken);
            return outcome.Refusal is not null ? outcome.Refusal.ToProblem() : TypedResults.Ok(outcome.Task!);
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || DbErrors.IsUniqueViolation(e))
        {
            return Problems.Conflict("Changed meanwhile.", "The bin changed at the same moment; count again.");
        }
    }

    internal static CountTaskView ToView(Domain.Tasks.CountTask t) =>
        new(t.Id, t.BinCode, t.Sku, t.Reason, t.CreatedAt, t.Counted, t.CountedBy);

    private static PutAwayTaskView ToView(Domain.Tasks.PutAwayTask t) =>
        new(t.Id, t.BinCode, t.Sku, t.Quantity, t.OrderId, t.Reason, t.CreatedAt, t.Done);
}
