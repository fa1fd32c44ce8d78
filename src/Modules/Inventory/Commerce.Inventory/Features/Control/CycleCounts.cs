using Commerce.Inventory.Data;
using Commerce.Inventory.Domain;
using Commerce.Inventory.Domain.Control;
using Commerce.Inventory.Features.Allocation;
using Commerce.Inventory.Features.Stock;
using Commerce.Kernel.Auditing;
using Commerce.Kernel.Http;
using Commerce.Warehouse.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Wolverine;

namespace Commerce.Inventory.Features.Control;

/// <summary>Ask the warehouse to count the SKUs due, by ABC class (sent daily by the inventory control job, or on demand).</summary>
public sealed record ScheduleCycleCounts;

public sealed record CycleCountsScheduled(int Requested);

public sealed record CountAccuracyView(string Location, DateTimeOffset From, DateTimeOffset To, int Counts, int Exact, decimal? AccuracyPercent,
    IReadOnlyList<CountAccuracyByClass> ByClass);

public sealed record CountAccuracyByClass(string Class, int Counts, int Exact, decimal? AccuracyPercent);

public static class ScheduleCycleCountsHandler
{
    /// <summary>
    /// A SKU in stock at a location is due when its last count there is older than its class allows (A monthly, B
    /// quarterly, C yearly; SKUs never classified count as C); the warehouse raises a blind count for each bin holding it.
    /// </summary>
    public static async Task<(CycleCountsScheduled, OutgoingMessages)> Handle(
        ScheduleCycleCounts _, InventoryDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var levels = await db.StockLevels.AsNoTracking().Where(s => s.OnHand > 0).Select(s => new { s.SkuId, s.LocationId }).ToListAsync(cancellationToken);
        var classes = await db.Classifications.AsNoTracking().ToDictionaryAsync(c => c.SkuId, c => Enum.Parse<AbcClass>(c.Class), cancellationToken);
        var lastCounted = (await db.Counts.AsNoTracking().GroupBy(c => new { c.SkuId, c.LocationId })
                .Select(g => new { g.Key.SkuId, g.Key.LocationId, Last = g.Max(c => c.At) }).ToListAsync(cancellationToken))
            .ToDictionary(c => (c.SkuId, c.LocationId), c => DateOnly.FromDateTime(c.Last.UtcDateTime));
        var skus = await db.Skus.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Code, cancellationToken);
        var locations = await db.Locations.AsNoTracking().ToDictionaryAsync(l => l.Id, l => l.Code, cancellationToken);
        var messages = new OutgoingMessages();
        foreach (var level in levels)
        {
            var abc = classes.GetValueOrDefault(level.SkuId, AbcClass.C);
            DateOnly? last = lastCounted.TryGetValue((level.SkuId, level.LocationId), out var at) ? at : null;
            if (CycleCountSchedule.IsDue(abc, last, today))
                messages.Add(new RequestCount(locations[level.LocationId], skus[level.SkuId], $"Cycle count, class {abc}"));
        }

        return (new CycleCountsScheduled(messages.Count), messages);
    }
}

public static class CountRecordedHandler
{
    /// <summary>
    /// Records the count for accuracy and applies its variance through the ledger (reason "count"): found units go to
    /// waiting backorders; missing ones are written off, and if that leaves fewer units than are promised, the newest
    /// reservations give way and are filled again elsewhere or backordered.
    /// </summary>
    public static async Task<OutgoingMessages> Handle(
        CountRecorded count, InventoryDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (level, refusal) = await StockLevels.FindOrCreateLevel(db, count.Sku, count.Location, cancellationToken);
        if (level is null || refusal is not null) return [];
        if (await db.Counts.AnyAsync(c => c.SkuId == level.SkuId && c.LocationId == level.LocationId && c.Bin == count.Bin && c.At == count.At,
                cancellationToken))
            return [];
        db.Counts.Add(new CountRecord
        {
            SkuId = level.SkuId, LocationId = level.LocationId, Bin = count.Bin, Expected = count.Expected, Counted = count.Counted, At = count.At,
        });

        var delta = count.Counted - count.Expected;
        var now = clock.GetUtcNow();
        var reason = $"count: bin {count.Bin}";
        var reference = $"count:{count.Location}:{count.Bin}:{count.At.UtcTicks}";
        if (delta > 0)
        {
            db.Ledger.Add(level.Adjust(delta, reason, Actor.Current, now, reference));
            return [.. await Allocator.FillBackordersAsync(db, [level.SkuId], Actor.Current, now, cancellationToken)];
        }

        var missing = Math.Min(-delta, level.OnHand);
        return missing <= 0
            ? []
            : [.. await StockWriteOff.WriteOffAsync(db, level, missing, reason, reference, Actor.Current, now, cancellationToken)];
    }
}

internal static class CycleCountEndpoints
{
    public static void Map(RouteGroupBuilder writes, RouteGroupBuilder reads)
    {
        writes.MapPost("/cycle-counts/schedule", Schedule)
            .WithSummary("Raise the cycle counts due now (by ABC class) as count tasks in the warehouse");
        reads.MapGet("/count-accuracy/{location}", Accuracy)
            .WithSummary("Inventory accuracy: the share of bin counts that found exactly what the records said")
            .WithDescription("Over [from, to) (the last 90 days by default), overall and per ABC class.");
    }

    private static async Task<Ok<CycleCountsScheduled>> Schedule(IMessageBus bus, CancellationToken cancellationToken) =>
        TypedResults.Ok(await bus.InvokeAsync<CycleCountsScheduled>(new ScheduleCycleCounts(), cancellationToken));

    private static async Task<Results<Ok<CountAccuracyView>, ValidationProblem, ProblemHttpResult>> Accuracy(
        string location, InventoryDbContext db, TimeProvider clock, CancellationToken cancellationToken,
        DateTimeOffset? from = null, DateTimeOffset? to = null)
    {
        var end = to ?? clock.GetUtcNow().AddSeconds(1);
        var start = from ?? end.AddDays(-90);
        if (start >= end) return new FieldErrors().Add("from", "must be before to.").ToProblem();
        var place = await db.Locations.AsNoTracking().SingleOrDefaultAsync(l => l.Code == location, cancellationToken);
        if (place is null) return Problems.NotFound("Location", location);
        var counts = await db.Counts.AsNoTracking().Where(c => c.LocationId == place.Id && c.At >= start && c.At < end).ToListAsync(cancellationToken);
        var classes = await db.Classifications.AsNoTracking().ToDictionaryAsync(c => c.SkuId, c => c.Class, cancellationToken);
        static decimal? Percent(int exact, int total) => total == 0 ? null : Math.Round(100m * exact / total, 2);
        var byClass = counts.GroupBy(c => classes.GetValueOrDefault(c.SkuId, "C")).OrderBy(g => g.Key)
            .Select(g => new CountAccuracyByClass(g.Key, g.Count(), g.Count(c => c.Exact), Percent(g.Count(c => c.Exact), g.Count()))).ToList();
        return TypedResults.Ok(new CountAccuracyView(location, start, end, counts.Count, counts.Count(c => c.Exact),
            Percent(counts.Count(c => c.Exact), counts.Count), byClass));
    }
}
