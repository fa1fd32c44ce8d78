namespace Commerce.Warehouse.Domain.Routing;

/// <summary>
/// Exact shortest route by Held–Karp over shortest-path distances between the distinct pick locations: exponential, for
/// checking <see cref="OptimalRoute"/> in tests and benchmarks only.
/// </summary>
internal static class ExactTour
{
    public const int MaxLocations = 16;

    public static PickRoute Solve(AisleLayout layout, IReadOnlyList<PickLocation> picks)
    {
        ArgumentNullException.ThrowIfNull(layout);
        layout.CheckPicks(picks, nameof(picks));
        var places = picks.Distinct().ToArray();
        if (places.Length > MaxLocations)
            throw new ArgumentException($"Held–Karp is for at most {MaxLocations} distinct locations, not {places.Length}.", nameof(picks));
        if (places.Length == 0) return new PickRoute(RoutingMethod.Optimal, [], 0);

        var n = places.Length;
        var full = (1 << n) - 1;
        var cost = new double[1 << n, n];
        var previous = new int[1 << n, n];
        for (var mask = 1; mask <= full; mask++)
        {
            for (var last = 0; last < n; last++)
            {
                if ((mask & (1 << last)) == 0) continue;
                var rest = mask & ~(1 << last);
                if (rest == 0)
                {
                    cost[mask, last] = WalkingDistance.FromDepot(layout, places[last]);
                    previous[mask, last] = -1;
                    continue;
                }

                cost[mask, last] = double.PositiveInfinity;
                for (var before = 0; before < n; before++)
                {
                    if ((rest & (1 << before)) == 0) continue;
                    var total = cost[rest, before] + WalkingDistance.Unchecked(layout, places[before], places[last]);
                    if (total < cost[mask, last]) (cost[mask, last], previous[mask, last]) = (total, before);
                }
            }
        }

        var end = Enumerable.Range(0, n).MinBy(last => cost[full, last] + WalkingDistance.FromDepot(layout, places[last]));
        var sequence = new List<int>(n);
        for (int at = end, mask = full; at >= 0; (at, mask) = (previous[mask, at], mask & ~(1 << at))) sequence.Add(at);
        sequence.Reverse();

        var picksAt = Enumerable.Range(0, picks.Count).ToLookup(i => picks[i]);
        var order = sequence.SelectMany(place => picksAt[places[place]]).ToList();
        return new PickRoute(RoutingMethod.Optimal, order, WalkingDistance.TourUnchecked(layout, picks, order));
    }
}
