namespace Commerce.Warehouse.Domain.Routing;

/// <summary>
/// The shortest pick route in a single-block layout, by the dynamic programme of Ratliff &amp; Rosenthal (1983):
/// column by column (each aisle, plus the depot if it stands between aisles), keep the cheapest partial tour subgraph of
/// each <see cref="PartialTour"/> class; then walk the chosen arcs as an Eulerian circuit from the depot.
/// Linear in the number of aisles.
/// </summary>
internal static class OptimalRoute
{
    /// <summary>A column of the graph: an aisle, or the depot alone (no in-aisle arcs) when it is not at an aisle.</summary>
    private sealed record Column(double X, int Aisle, bool Depot, AislePicks? Picks, IReadOnlyList<AisleArcs> Options);

    /// <summary>What the tour does at a column: cross-aisle arcs from the previous column, then in-aisle arcs.</summary>
    private readonly record struct Step(int Front, int Back, AisleArcs Arcs);

    private readonly record struct Choice(int From, int Front, int Back, int Option);

    public static PickRoute Solve(AisleLayout layout, IReadOnlyList<PickLocation> picks)
    {
        if (picks.Count == 0) return new PickRoute(RoutingMethod.Optimal, [], 0);
        var columns = Columns(layout, picks);
        var (_, steps) = Programme(columns);
        var order = VisitingOrder(layout, picks, columns, steps);
        return new PickRoute(RoutingMethod.Optimal, order, WalkingDistance.TourUnchecked(layout, picks, order));
    }

    /// <summary>The length of the shortest route, without building it.</summary>
    public static double Length(AisleLayout layout, IReadOnlyList<PickLocation> picks) =>
        picks.Count == 0 ? 0 : Programme(Columns(layout, picks)).Length;

    private static List<Column> Columns(AisleLayout layout, IReadOnlyList<PickLocation> picks)
    {
        var byAisle = AislePicks.Of(picks).ToDictionary(a => a.Aisle);
        var columns = new List<Column>(layout.AisleX.Count + 1);
        for (var i = 0; i < layout.AisleX.Count; i++)
        {
            var aislePicks = byAisle.GetValueOrDefault(i);
            columns.Add(new Column(layout.AisleX[i], i, layout.AisleX[i] == layout.DepotX, aislePicks, AisleArcs.For(aislePicks, layout.AisleLength)));
        }

        if (!columns.Any(c => c.Depot))
        {
            var at = columns.Count(c => c.X < layout.DepotX);
            columns.Insert(at, new Column(layout.DepotX, -1, true, null, [new AisleArcs(AisleArcsKind.None, 0, 0, layout.AisleLength)]));
        }

        return columns;
    }

    private static (double Length, Step[] Steps) Programme(List<Column> columns)
    {
        var cost = new double[columns.Count, PartialTour.Count];
        var choice = new Choice[columns.Count, PartialTour.Count];
        for (var c = 0; c < columns.Count; c++)
            for (var s = 0; s < PartialTour.Count; s++) cost[c, s] = double.PositiveInfinity;

        for (var c = 0; c < columns.Count; c++)
        {
            var gap = c == 0 ? 0 : columns[c].X - columns[c - 1].X;
            for (var from = 0; from < PartialTour.Count; from++)
            {
                var before = c == 0 ? (from == PartialTour.Empty.Index ? 0 : double.PositiveInfinity) : cost[c - 1, from];
                if (double.IsPositiveInfinity(before)) continue;
                var maxCopies = c == 0 ? 0 : 2;
                for (var front = 0; front <= maxCopies; front++)
                    for (var back = 0; back <= maxCopies; back++)
                    {
                        if (PartialTour.FromIndex(from).Cross(front, back) is not { } crossed) continue;
                        for (var o = 0; o < columns[c].Options.Count; o++)
                        {
                            var arcs = columns[c].Options[o];
                            if (crossed.With(arcs, columns[c].Depot) is not { } next) continue;
                            var total = before + (front + back) * gap + arcs.Length;
                            if (total >= cost[c, next.Index]) continue;
                            cost[c, next.Index] = total;
                            choice[c, next.Index] = new Choice(from, front, back, o);
                        }
                    }
            }
        }

        var last = columns.Count - 1;
        var end = Enumerable.Range(0, PartialTour.Count)
            .Where(s => PartialTour.FromIndex(s).IsTour && !double.IsPositiveInfinity(cost[last, s]))
            .MinBy(s => cost[last, s]);
        var steps = new Step[columns.Count];
        for (int c = last, s = end; c >= 0; s = choice[c, s].From, c--)
        {
            var chosen = choice[c, s];
            steps[c] = new Step(chosen.Front, chosen.Back, columns[c].Options[chosen.Option]);
        }

        return (cost[last, end], steps);
    }

    /// <summary>Lays the chosen arcs out as a multigraph, walks it from the depot and lists the picks as first met.</summary>
    private static IReadOnlyList<int> VisitingOrder(AisleLayout layout, IReadOnlyList<PickLocation> picks, List<Column> columns, Step[] steps)
    {
        // Vertices: 2c = front of column c, 2c + 1 = its back, then one per distinct pick position inside an aisle.
        var inside = new Dictionary<(int Aisle, double Y), int>();
        var vertexCount = 2 * columns.Count;
        var columnOf = new Dictionary<int, int>();
        for (var c = 0; c < columns.Count; c++)
        {
            if (columns[c].Aisle >= 0) columnOf[columns[c].Aisle] = c;
            foreach (var y in columns[c].Picks?.Ys ?? [])
            {
                if (y > 0 && y < layout.AisleLength && inside.TryAdd((columns[c].Aisle, y), vertexCount)) vertexCount++;
            }
        }

        int VertexAt(int aisle, double y) =>
            y <= 0 ? 2 * columnOf[aisle] : y >= layout.AisleLength ? 2 * columnOf[aisle] + 1 : inside[(aisle, y)];

        var edges = new List<(int U, int V)>();
        void AddPath(int aisle, double fromY, double toY, int copies)
        {
            var stops = columns[columnOf[aisle]].Picks?.Ys.Where(y => y > fromY && y < toY).Distinct() ?? [];
            var previous = VertexAt(aisle, fromY);
            foreach (var vertex in stops.Select(y => VertexAt(aisle, y)).Append(VertexAt(aisle, toY)))
            {
                for (var k = 0; k < copies; k++) edges.Add((previous, vertex));
                previous = vertex;
            }
        }

        for (var c = 0; c < columns.Count; c++)
        {
            var step = steps[c];
            for (var k = 0; k < step.Front; k++) edges.Add((2 * (c - 1), 2 * c));
            for (var k = 0; k < step.Back; k++) edges.Add((2 * (c - 1) + 1, 2 * c + 1));
            var aisle = columns[c].Aisle;
            switch (step.Arcs.Kind)
            {
                case AisleArcsKind.Traverse or AisleArcsKind.TraverseTwice:
                    AddPath(aisle, 0, layout.AisleLength, step.Arcs.Copies);
                    break;
                case AisleArcsKind.FromFront or AisleArcsKind.FromBack or AisleArcsKind.SplitAtLargestGap:
                    if (step.Arcs.FrontReach > 0) AddPath(aisle, 0, step.Arcs.FrontReach, 2);
                    if (step.Arcs.BackReach < layout.AisleLength) AddPath(aisle, step.Arcs.BackReach, layout.AisleLength, 2);
                    break;
            }
        }

        var depot = 2 * columns.FindIndex(c => c.Depot);
        var picksAt = Enumerable.Range(0, picks.Count).ToLookup(i => VertexAt(picks[i].Aisle, picks[i].Y));
        var seen = new HashSet<int>();
        var order = EulerCircuit.From(vertexCount, edges, depot).Where(seen.Add).SelectMany(v => picksAt[v]).ToList();
        if (order.Count != picks.Count) throw new InvalidOperationException("The optimal tour missed a pick.");
        return order;
    }
}
