using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;
using Commerce.Warehouse.Domain.Routing;

namespace Commerce.Benchmarks;

/// <summary>
/// Pick routes and batching measured against the Ratliff–Rosenthal optimum, on random orders from a fixed seed.
/// Usage: dotnet run -c Release --project tests/Commerce.Benchmarks -- routes [--write]
/// </summary>
internal static class RouteBenchmark
{
    private const int Seed = 20_261_126;
    private const int AisleCount = 10;
    private const double AisleSpacing = 3;
    private const double AisleLength = 20;
    private const int OrderCount = 1000;
    private const int BatchCount = 1000;
    private const int PoolSize = 200;
    private const int HeldKarpLocations = 10;
    private const int TimedPasses = 3;
    private static readonly BatchLimits PoolLimits = new(6, 20);

    private static readonly double[] AisleX = [.. Enumerable.Range(0, AisleCount).Select(i => i * AisleSpacing)];

    private sealed record MethodResult(string Name, double MeanAbove, double WorstAbove, double Total);

    private sealed record DepotResult(
        string Depot, IReadOnlyList<MethodResult> Methods, double Optimum, double LineSequence, int HeldKarpChecked,
        int HeldKarpMismatches, double BestMicroseconds, BatchResult Batches, PoolResult Pool);

    private sealed record BatchResult(double Batched, double OneByOne);

    private sealed record PoolResult(int Trips, double Travel, int FifoTrips, double FifoTravel, double OneByOne, double Milliseconds);

    public static int Run(bool write, string repositoryRoot)
    {
        var random = new Random(Seed);
        var orders = Enumerable.Range(0, OrderCount).Select(_ => Lines(random, random.Next(5, 31))).ToList();
        var batches = Enumerable.Range(0, BatchCount)
            .Select(_ => Enumerable.Range(0, random.Next(4, 7)).Select(_ => Lines(random, random.Next(1, 4))).ToList()).ToList();
        var pool = Enumerable.Range(0, PoolSize).Select(i =>
        {
            var lines = Lines(random, random.Next(1, 4));
            return new BatchCandidate<int>(i, lines, lines.Sum(_ => random.Next(1, 4)));
        }).ToList();

        var results = new[] { ("left end", AisleX[0]), ("middle", (AisleX[0] + AisleX[^1]) / 2) }
            .Select(d => Measure(d.Item1, new AisleLayout(AisleX, AisleLength, d.Item2), orders, batches, pool))
            .ToList();
        foreach (var result in results) Print(result);
        if (write) Write(Path.Combine(repositoryRoot, "docs/benchmarks.md"), results);
        return results.All(r => r.HeldKarpMismatches == 0) ? 0 : 1;
    }

    /// <summary>Order lines at random storage slots: one every metre along each aisle, at y = 0.5, 1.5, … 19.5 m.</summary>
    private static PickLocation[] Lines(Random random, int count) =>
        [.. Enumerable.Range(0, count).Select(_ => new PickLocation(random.Next(AisleCount), random.Next((int)AisleLength) + 0.5))];

    private static DepotResult Measure(
        string depot, AisleLayout layout, List<PickLocation[]> orders, List<List<PickLocation[]>> batches, List<BatchCandidate<int>> pool)
    {
        var optimum = orders.Select(o => PickRouter.Route(layout, o, RoutingMethod.Optimal).Length).ToArray();
        MethodResult Compare(string name, Func<PickLocation[], double> length)
        {
            var lengths = orders.Select(length).ToArray();
            var above = lengths.Select((l, i) => 100 * (l / optimum[i] - 1)).ToArray();
            return new MethodResult(name, above.Average(), above.Max(), lengths.Sum());
        }

        var methods = new List<MethodResult>
        {
            Compare("S-shape", o => PickRouter.Route(layout, o, RoutingMethod.SShape).Length),
            Compare("largest gap", o => PickRouter.Route(layout, o, RoutingMethod.LargestGap).Length),
            Compare("best of (PickRouter.Best)", o => PickRouter.Best(layout, o).Length),
            Compare("order-line sequence", o => WalkingDistance.Tour(layout, o, [.. Enumerable.Range(0, o.Length)])),
        };

        var small = orders.Select((o, i) => (o, i)).Where(x => x.o.Distinct().Count() <= HeldKarpLocations).ToList();
        var mismatches = small.Count(x => Math.Abs(ExactTour.Solve(layout, x.o).Length - optimum[x.i]) > 1e-9 * Math.Max(1, optimum[x.i]));

        // Warm up for a second so that tiered compilation settles, then time three passes.
        for (var warming = Stopwatch.StartNew(); warming.Elapsed < TimeSpan.FromSeconds(1);)
            foreach (var order in orders) PickRouter.Best(layout, order);
        var clock = Stopwatch.StartNew();
        for (var pass = 0; pass < TimedPasses; pass++)
            foreach (var order in orders) PickRouter.Best(layout, order);
        var bestMicroseconds = clock.Elapsed.TotalMicroseconds / (TimedPasses * orders.Count);

        var batched = batches.Sum(b => OptimalRoute.Length(layout, [.. b.SelectMany(o => o)]));
        var oneByOne = batches.Sum(b => b.Sum(o => OptimalRoute.Length(layout, o)));

        return new DepotResult(depot, methods, optimum.Sum(), methods[^1].Total, small.Count, mismatches, bestMicroseconds,
            new BatchResult(batched, oneByOne), MeasurePool(layout, pool));
    }

    private static PoolResult MeasurePool(AisleLayout layout, List<BatchCandidate<int>> pool)
    {
        var clock = Stopwatch.StartNew();
        var trips = OrderBatcher.Batch(layout, pool, PoolLimits);
        var milliseconds = clock.Elapsed.TotalMilliseconds;
        double Travel(IEnumerable<IEnumerable<int>> groups) => groups.Sum(g => OptimalRoute.Length(layout, [.. g.SelectMany(i => pool[i].Picks)]));

        // First come, first served under the same limits: what batching without a closeness measure gives.
        var fifo = new List<List<int>>();
        foreach (var order in pool)
        {
            var last = fifo.LastOrDefault();
            if (last is null || last.Count == PoolLimits.MaxOrders || last.Sum(i => pool[i].Units) + order.Units > PoolLimits.MaxUnits) fifo.Add(last = []);
            last.Add(order.Order);
        }

        return new PoolResult(trips.Count, Travel(trips), fifo.Count, Travel(fifo), pool.Sum(o => OptimalRoute.Length(layout, o.Picks)), milliseconds);
    }

    private static double Saving(double value, double reference) => 100 * (1 - value / reference);

    private static void Print(DepotResult r)
    {
        Console.WriteLine($"== depot at the {r.Depot}: {OrderCount} orders of 5–30 lines, optimum {r.Optimum:F0} m in total");
        foreach (var m in r.Methods)
            Console.WriteLine($"   {m.Name,-26} mean {m.MeanAbove,6:F2} %  worst {m.WorstAbove,7:F2} % above optimum, {m.Total:F0} m");
        Console.WriteLine($"   best saves {Saving(r.Methods[2].Total, r.LineSequence):F1} % of the order-line sequence's distance");
        Console.WriteLine($"   Ratliff–Rosenthal vs Held–Karp: {r.HeldKarpMismatches} mismatches in {r.HeldKarpChecked} orders with ≤ {HeldKarpLocations} locations");
        Console.WriteLine($"   PickRouter.Best: {r.BestMicroseconds:F1} µs per route (mean)");
        Console.WriteLine($"   {BatchCount} batches of 4–6 orders: {r.Batches.Batched:F0} m batched vs {r.Batches.OneByOne:F0} m one by one ({Saving(r.Batches.Batched, r.Batches.OneByOne):F1} % saved)");
        Console.WriteLine($"   OrderBatcher, {PoolSize} orders: {r.Pool.Trips} trips, {r.Pool.Travel:F0} m vs {r.Pool.OneByOne:F0} m one by one ({Saving(r.Pool.Travel, r.Pool.OneByOne):F1} % saved); first come first served: {r.Pool.FifoTrips} trips, {r.Pool.FifoTravel:F0} m; {r.Pool.Milliseconds:F0} ms");
    }

    private static void Write(string path, List<DepotResult> results) => BenchmarkReport.Insert(path, Section(results));

    private static string Section(List<DepotResult> results)
    {
        var s = new StringBuilder();
        void Line(FormattableString text) => s.AppendLine(text.ToString(CultureInfo.InvariantCulture));
        Line($"## Pick routes and batching — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        s.AppendLine();
        Line($"Machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}. `dotnet run -c Release --project tests/Commerce.Benchmarks -- routes --write`.");
        s.AppendLine();
        Line($"Method: a single-block layout of {AisleCount} aisles {AisleSpacing:0} m apart, {AisleLength:0} m long, with cross aisles at front and back; storage slots every metre along each aisle (y = 0.5 … 19.5 m). Random seed {Seed}: {OrderCount:N0} orders of 5–30 lines at random slots (repeats allowed), each routed by every method and compared, order by order, with the Ratliff–Rosenthal optimum (`RoutingMethod.Optimal`). *Order-line sequence* walks the lines in the order they are listed. The optimum is checked against Held–Karp on every order with ≤ {HeldKarpLocations} distinct locations. Batching: {BatchCount:N0} batches of 4–6 small orders (1–3 lines) — one optimal route for the batch against the sum of each order's optimal route; and `OrderBatcher` on a pool of {PoolSize} small orders (1–3 lines, 1–3 units a line; at most {PoolLimits.MaxOrders} orders and {PoolLimits.MaxUnits} units a trip) against one trip per order, with first-come-first-served trips under the same limits for reference. Time: mean over the {OrderCount:N0} orders of one `PickRouter.Best` call (all three methods) over three passes, after a second of warm-up.");
        s.AppendLine();
        s.AppendLine("| depot | method | mean % above optimum | worst % above optimum | total distance, m |");
        s.AppendLine("|---|---|---|---|---|");
        foreach (var r in results)
        {
            Line($"| {r.Depot} | optimum (Ratliff–Rosenthal) | 0 | 0 | {r.Optimum:F0} |");
            foreach (var m in r.Methods) Line($"| {r.Depot} | {m.Name} | {m.MeanAbove:F2} | {m.WorstAbove:F2} | {m.Total:F0} |");
        }

        s.AppendLine();
        s.AppendLine("| depot | best vs order-line sequence | optimum ≠ Held–Karp | `PickRouter.Best` µs/route | batches of 4–6: batched vs one by one | `OrderBatcher` (200 orders): trips, distance vs one by one | first come first served: trips, distance vs one by one |");
        s.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var r in results)
        {
            Line($"| {r.Depot} | {Saving(r.Methods[2].Total, r.LineSequence):F1} % shorter | {r.HeldKarpMismatches} of {r.HeldKarpChecked} | {r.BestMicroseconds:F1} | {r.Batches.Batched:F0} m vs {r.Batches.OneByOne:F0} m: {Saving(r.Batches.Batched, r.Batches.OneByOne):F1} % less | {r.Pool.Trips} trips, {r.Pool.Travel:F0} m vs {r.Pool.OneByOne:F0} m: {Saving(r.Pool.Travel, r.Pool.OneByOne):F1} % less | {r.Pool.FifoTrips} trips, {r.Pool.FifoTravel:F0} m: {Saving(r.Pool.FifoTravel, r.Pool.OneByOne):F1} % less |");
        }

        s.AppendLine();
        var best = results.Select(r => r.Methods[2]).ToList();
        Line($"Targets: best mean ≤ 3 % above optimum ({Met(best.All(m => m.MeanAbove <= 3))}), worst ≤ 15 % ({Met(best.All(m => m.WorstAbove <= 15))}), ≥ 30 % shorter than the order-line sequence ({Met(results.All(r => Saving(r.Methods[2].Total, r.LineSequence) >= 30))}), batching ≥ 50 % less travel ({Met(results.All(r => Saving(r.Batches.Batched, r.Batches.OneByOne) >= 50))}). `PickRouter.Best` always includes the optimum, so it is never above it; the heuristics' rows show what they would cost alone.");
        s.AppendLine();
        return s.ToString();
    }

    private static string Met(bool met) => met ? "met" : "not met";
}
