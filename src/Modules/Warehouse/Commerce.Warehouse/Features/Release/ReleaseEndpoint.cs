using Commerce.Inventory.Contracts;
using Commerce.Kernel.Http;
using Commerce.Kernel.Persistence;
using Commerce.Warehouse.Data;
using Commerce.Warehouse.Domain.Picking;
using Commerce.Warehouse.Domain.Routing;
using Commerce.Warehouse.Features.Picking;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Wolverine;

namespace Commerce.Warehouse.Features.Release;

internal static class ReleaseEndpoint
{
    public static void Map(RouteGroupBuilder writes, RouteGroupBuilder reads)
    {
        writes.MapPost("/locations/{location:maxlength(64)}/releases", Release)
            .WithSummary("Release ready orders to the floor as pick lists")
            .WithDescription(
                "Forms pick lists from orders whose every unit is reserved, by strategy: singleOrder (a list per order), " +
                "batch (several orders a trip, a tote per order), zone (a list per zone) or wave (the orders meeting a " +
                "cut-off rule, picked by batch or zone). Lines come in walking order with the route's length. An order " +
                "is never on two lists for the same units; orders that cannot be released are listed with the reason.");
        reads.MapGet("/locations/{location:maxlength(64)}/ready-orders", Ready)
            .WithSummary("Orders ready to pick at a location, oldest first");
    }

    private sealed record Planned(ReadyOrder Ready, List<(Remainder Remainder, BinTake Take)> Takes);

    private sealed record PlannedLine(Guid OrderId, int Tote, Remainder Remainder, BinTake Take);

    private static async Task<Results<Ok<ReleaseResult>, ValidationProblem, ProblemHttpResult>> Release(
        string location, ReleaseRequest request, WarehouseDbContext db, IMessageBus bus, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var plan = ReleasePlan.From(request, errors);
        if (plan is null) return errors.ToProblem();
        var map = await FloorMap.LoadAsync(db, location, cancellationToken);
        if (map is null)
            return Problems.Conflict("The location has no layout.", $"Define the aisles of '{location}' before releasing work there.");

        var (ready, notReady, work) = await ReadyWork.FindAsync(db, location, plan.OrderIds, cancellationToken);
        var skipped = notReady.Select(n => new SkippedOrder(n.OrderId, n.Reason)).ToList();
        skipped.AddRange(ready.Where(r => !plan.Takes(r)).Where(_ => plan.OrderIds is not null)
            .Select(r => new SkippedOrder(r.Order.OrderId, "The order does not meet the wave's rule.")));
        var chosen = ready.Where(plan.Takes).Take(plan.MaxOrders).ToList();

        var skus = chosen.SelectMany(r => r.Remainders).Select(r => r.Sku).Distinct().ToList();
        var facts = skus.Count == 0
            ? []
            : (await bus.InvokeAsync<SkuDescriptions>(new DescribeSkus(skus), cancellationToken)).Skus.ToDictionary(
                s => s.Code, s => ItemFacts.FromMetric(s.Barcode, s.LengthCm, s.WidthCm, s.HeightCm, s.WeightKg));
        var stocks = await db.BinStock.Where(s => s.Location == location && skus.Contains(s.Sku)).ToListAsync(cancellationToken);
        var stocksBySku = stocks.ToLookup(s => s.Sku);

        var planned = new List<Planned>();
        var taken = new Dictionary<Guid, int>();
        foreach (var candidate in chosen)
        {
            // All or nothing per order: a scratch copy of what this release has promised so far.
            var scratch = new Dictionary<Guid, int>(taken);
            var takes = new List<(Remainder, BinTake)>();
            string? problem = null;
            foreach (var remainder in candidate.Remainders)
            {
                var bins = stocksBySku[remainder.Sku].ToList();
                var choice = BinChooser.Choose(bins, remainder.Units, map.FromDepot, scratch);
                if (choice is null)
                {
                    var free = bins.Sum(s => s.Free - scratch.GetValueOrDefault(s.Id));
                    problem = $"Bins at {location} hold {free} free units of {remainder.Sku}; {remainder.Units} are needed. Slot stock first.";
                    break;
                }

                foreach (var take in choice)
                {
                    scratch[take.Stock.Id] = scratch.GetValueOrDefault(take.Stock.Id) + take.Units;
                    takes.Add((remainder, take));
                }
            }

            if (problem is not null)
            {
                skipped.Add(new SkippedOrder(candidate.Order.OrderId, problem));
                continue;
            }

            taken = scratch;
            planned.Add(new Planned(candidate, takes));
        }

        if (planned.Count == 0) return TypedResults.Ok(new ReleaseResult(null, [], skipped));

        var now = clock.GetUtcNow();
        Wave? wave = null;
        if (plan.IsWave)
        {
            wave = new Wave { Location = location, Rule = plan.DescribeWave(), PickBy = plan.PickBy, Orders = planned.Count, CreatedAt = now };
            db.Waves.Add(wave);
        }

        var lists = new List<PickList>();
        foreach (var (zone, lines) in Group(plan, planned, map))
        {
            var list = new PickList { Location = location, Strategy = plan.PickBy, Zone = zone, WaveId = wave?.Id, CreatedAt = now };
            foreach (var line in lines)
            {
                var bin = map.Bin(line.Take.Stock.BinId);
                var item = facts.GetValueOrDefault(line.Remainder.Sku) ?? ItemFacts.Unknown;
                list.Lines.Add(PickLine.Create(location, line.OrderId, line.Remainder.LineNumber, line.Remainder.Sku,
                    line.Take.Units, bin.Id, bin.Code, line.Tote, item));
                line.Take.Stock.Commit(line.Take.Units);
            }

            list.Route(map.Routing, map.Locate);
            db.PickLists.Add(list);
            lists.Add(list);
        }

        foreach (var orderId in planned.Select(p => p.Ready.Order.OrderId))
        {
            if (!work.TryGetValue(orderId, out var item))
            {
                item = new OrderWork { OrderId = orderId, Location = location };
                db.Work.Add(item);
            }

            item.Released();
            item.Touch();
        }

        foreach (var order in planned) order.Ready.Order.Touch();

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || DbErrors.IsUniqueViolation(e))
        {
            return Problems.Conflict("Released by someone else meanwhile.",
                "Some of these orders or bins changed while the lists were formed; nothing was released. Try again.");
        }

        return TypedResults.Ok(new ReleaseResult(wave?.Id, lists.Select(PickListViews.ToView).ToList(), skipped));
    }

    private static IEnumerable<(string? Zone, List<PlannedLine> Lines)> Group(ReleasePlan plan, List<Planned> planned, FloorMap map)
    {
        switch (plan.PickBy)
        {
            case PickStrategy.SingleOrder:
                foreach (var order in planned)
                    yield return (null, order.Takes.Select(t => new PlannedLine(order.Ready.Order.OrderId, 1, t.Remainder, t.Take)).ToList());
                break;
            case PickStrategy.Batch:
                var byId = planned.ToDictionary(p => p.Ready.Order.OrderId);
                var candidates = planned.Select(p => new BatchCandidate<Guid>(
                    p.Ready.Order.OrderId, p.Takes.Select(t => map.Locate(t.Take.Stock.BinId)).ToList(), p.Ready.Units)).ToList();
                foreach (var batch in OrderBatcher.Batch(map.Routing, candidates, new BatchLimits(plan.OrdersPerBatch, plan.MaxUnitsPerBatch)))
                {
                    yield return (null, batch.SelectMany((orderId, tote) => byId[orderId].Takes
                        .Select(t => new PlannedLine(orderId, tote + 1, t.Remainder, t.Take))).ToList());
                }

                break;
            case PickStrategy.Zone:
                var lines = planned.SelectMany((order, index) => order.Takes
                    .Select(t => new PlannedLine(order.Ready.Order.OrderId, index + 1, t.Remainder, t.Take)));
                foreach (var zone in lines.GroupBy(l => map.ZoneOf(l.Take.Stock.BinId)).OrderBy(g => g.Key, StringComparer.Ordinal))
                    yield return (zone.Key, zone.ToList());
                break;
        }
    }

    private static async Task<Ok<IReadOnlyList<ReadyOrderView>>> Ready(
        string location, WarehouseDbContext db, CancellationToken cancellationToken)
    {
        var (ready, _, _) = await ReadyWork.FindAsync(db, location, null, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<ReadyOrderView>>(ready.Select(r => new ReadyOrderView(
            r.Order.OrderId, r.Order.Channel!, r.Order.ExternalId!, r.Order.ServiceLevel!, r.Order.PlacedAt!.Value, r.Units)).ToList());
    }
}

public sealed record ReadyOrderView(Guid OrderId, string Channel, string ExternalId, string ServiceLevel, DateTimeOffset PlacedAt, int Units);
