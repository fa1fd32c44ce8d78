using Commerce.Inventory.Data;
using Commerce.Inventory.Domain;
using Commerce.Kernel.Auditing;
using Commerce.Kernel.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Wolverine;

namespace Commerce.Inventory.Features.Stock;

public sealed record SnapshotItem(string? Sku, int? OnHand);

/// <summary>A location's full stock as counted elsewhere (a 3PL's report): every SKU it holds, with its units on hand.</summary>
public sealed record StockSnapshotRequest(DateTimeOffset? TakenAt, IReadOnlyList<SnapshotItem?>? Items);

public sealed record SnapshotDifferenceView(string Sku, int Ours, int Theirs, int Adjusted);

public sealed record StockSnapshotView(Guid Id, string Location, DateTimeOffset TakenAt, DateTimeOffset ReceivedAt, string ReportedBy, int Items,
    IReadOnlyList<SnapshotDifferenceView> Differences);

/// <summary>Reconcile a location's stock to a report of it.</summary>
public sealed record ReconcileSnapshot(string Location, DateTimeOffset TakenAt, IReadOnlyList<(string Sku, int OnHand)> Items, string ReportedBy);

public static class ReconcileSnapshotHandler
{
    /// <summary>
    /// Each SKU's on hand follows the report as of when it was taken, plus what moved since (SKUs we hold there that the
    /// report leaves out count as zero); differences
    /// go through the ledger with reason "snapshot" and are kept with the snapshot. On hand never falls below what orders
    /// have reserved: the rest of such a difference is recorded, not applied.
    /// </summary>
    public static async Task<StockSnapshotView> Handle(ReconcileSnapshot command, InventoryDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var location = await db.Locations.SingleAsync(l => l.Code == command.Location, cancellationToken);
        var codes = command.Items.Select(i => i.Sku).ToList();
        var skus = await db.Skus.Where(s => codes.Contains(s.Code)).ToDictionaryAsync(s => s.Id, s => s.Code, cancellationToken);
        var levels = await db.StockLevels.Where(s => s.LocationId == location.Id).ToListAsync(cancellationToken);
        var missingIds = levels.Select(l => l.SkuId).Where(id => !skus.ContainsKey(id)).ToList();
        // SKUs held here that the report leaves out are reconciled too: to zero.
        var leftOut = await db.Skus.Where(s => missingIds.Contains(s.Id)).Select(s => new { s.Id, s.Code }).ToListAsync(cancellationToken);
        foreach (var sku in leftOut) skus[sku.Id] = sku.Code;
        var theirs = command.Items.ToDictionary(i => i.Sku, i => i.OnHand);
        // The report is of the stock when it was taken: what moved here since then (shipments, receipts) still counts.
        var since = (await db.Ledger.Where(m => m.LocationId == location.Id && m.At > command.TakenAt)
                .Select(m => new { m.SkuId, m.OnHandDelta }).ToListAsync(cancellationToken))
            .GroupBy(m => m.SkuId).ToDictionary(g => g.Key, g => g.Sum(m => m.OnHandDelta));
        var now = clock.GetUtcNow();
        var snapshot = new StockSnapshot
        {
            LocationId = location.Id, TakenAt = command.TakenAt, ReceivedAt = now, ReportedBy = command.ReportedBy, Items = command.Items.Count,
        };
        foreach (var (skuId, code) in skus.OrderBy(s => s.Value, StringComparer.Ordinal))
        {
            var level = levels.FirstOrDefault(l => l.SkuId == skuId);
            var moved = since.GetValueOrDefault(skuId);
            var ours = (level?.OnHand ?? 0) - moved;
            var reported = theirs.GetValueOrDefault(code);
            if (ours == reported) continue;
            if (level is null)
            {
                level = new StockLevel { SkuId = skuId, LocationId = location.Id };
                db.StockLevels.Add(level);
            }

            var adjusted = Math.Max(reported + moved, level.Reserved) - level.OnHand;
            if (adjusted != 0) db.Ledger.Add(level.Adjust(adjusted, $"snapshot {command.TakenAt:O}", Actor.Current, now, $"snapshot:{snapshot.Id}"));
            snapshot.Differences.Add(new SnapshotDifference { SnapshotId = snapshot.Id, Sku = code, Ours = ours, Theirs = reported, Adjusted = adjusted });
        }

        db.Snapshots.Add(snapshot);
        return StockSnapshotEndpoints.ToView(snapshot, command.Location);
    }
}

internal static class StockSnapshotEndpoints
{
    public const int MaxItems = 50_000;

    public static void Map(RouteGroupBuilder writes, RouteGroupBuilder reads)
    {
        writes.MapPost("/locations/{code}/stock-snapshots", Post)
            .WithSummary("Reconcile a location to a stock report (a 3PL's snapshot)")
            .WithDescription("Every SKU the location holds, with its units on hand. Our figures follow it through the ledger " +
                             "(reason \"snapshot\"), SKUs left out count as zero, and every difference is kept with the snapshot.");
        reads.MapGet("/locations/{code}/stock-snapshots", List).WithSummary("A location's stock snapshots and their differences, newest first");
    }

    private static async Task<Results<Ok<StockSnapshotView>, ValidationProblem, ProblemHttpResult>> Post(
        string code, StockSnapshotRequest request, InventoryDbContext db, IMessageBus bus, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!await db.Locations.AnyAsync(l => l.Code == code, cancellationToken)) return Problems.NotFound("Location", code);
        var errors = new FieldErrors();
        var items = request.Items ?? [];
        errors.Check(request.Items is not null && items.Count <= MaxItems, "items", $"is required: up to {MaxItems:N0} SKUs with their units on hand.");
        errors.Check(request.TakenAt is null || request.TakenAt <= clock.GetUtcNow().AddMinutes(5), "takenAt", "cannot be in the future.");
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not { } item)
            {
                errors.Add($"items[{i}]", "is required.");
                continue;
            }

            errors.Required(item.Sku, $"items[{i}].sku", 64);
            errors.Check(item.OnHand is >= 0 and <= 10_000_000, $"items[{i}].onHand", "is required: 0 or more units.");
        }

        var codes = items.Where(i => i?.Sku is not null).Select(i => i!.Sku!.Trim()).ToList();
        errors.Check(codes.Distinct().Count() == codes.Count, "items", "list each SKU once.");
        if (errors.Any) return errors.ToProblem();
        var known = await db.Skus.Where(s => codes.Contains(s.Code)).Select(s => s.Code).ToListAsync(cancellationToken);
        foreach (var unknown in codes.Except(known)) errors.Add("items", $"There is no SKU '{unknown}'.");
        if (errors.Any) return errors.ToProblem();

        var takenAt = (request.TakenAt ?? clock.GetUtcNow()).ToUniversalTime();
        var locationId = await db.Locations.Where(l => l.Code == code).Select(l => l.Id).SingleAsync(cancellationToken);
        var latest = await db.Snapshots.Where(s => s.LocationId == locationId).OrderByDescending(s => s.TakenAt).Select(s => (DateTimeOffset?)s.TakenAt)
            .FirstOrDefaultAsync(cancellationToken);
        if (latest >= takenAt)
            return Problems.Conflict("An older report.", $"A snapshot taken at {latest:O} is already applied; this one was taken before it.");

        var view = await bus.InvokeAsync<StockSnapshotView>(new ReconcileSnapshot(code, takenAt,
            items.Select(i => (i!.Sku!.Trim(), i.OnHand!.Value)).ToList(), Actor.Current), cancellationToken);
        return TypedResults.Ok(view);
    }

    private static async Task<Results<Ok<IReadOnlyList<StockSnapshotView>>, ProblemHttpResult>> List(
        string code, InventoryDbContext db, CancellationToken cancellationToken)
    {
        var location = await db.Locations.AsNoTracking().SingleOrDefaultAsync(l => l.Code == code, cancellationToken);
        if (location is null) return Problems.NotFound("Location", code);
        var snapshots = await db.Snapshots.AsNoTracking().Include(s => s.Differences).Where(s => s.LocationId == location.Id)
            .OrderByDescending(s => s.Id).Take(50).ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<StockSnapshotView>>(snapshots.Select(s => ToView(s, code)).ToList());
    }

    internal static StockSnapshotView ToView(StockSnapshot s, string location) =>
        new(s.Id, location, s.TakenAt, s.ReceivedAt, s.ReportedBy, s.Items,
            s.Differences.OrderBy(d => d.Sku, StringComparer.Ordinal).Select(d => new SnapshotDifferenceView(d.Sku, d.Ours, d.Theirs, d.Adjusted)).ToList());
}
