namespace Commerce.Warehouse.Domain.Routing;

/// <summary>
/// Largest-gap heuristic, Hall (1993): the leftmost and rightmost pick aisles are walked end to end; every aisle in
/// between is entered from the back (on the way out) and from the front (on the way home) as far as its largest gap,
/// which is never crossed. A single pick aisle is a return visit.
/// </summary>
internal static class LargestGapRoute
{
    public static IReadOnlyList<int> Order(AisleLayout layout, IReadOnlyList<PickLocation> picks)
    {
        var aisles = AislePicks.Of(picks);
        if (aisles.Count <= 1) return aisles.SelectMany(a => a.Indexes).ToList();

        var middle = aisles.Skip(1).Take(aisles.Count - 2).ToList();
        var below = middle.Select(a => a.CountBelowLargestGap(layout.AisleLength)).ToList();
        var order = new List<int>(picks.Count);
        order.AddRange(aisles[0].Indexes);
        for (var i = 0; i < middle.Count; i++) order.AddRange(middle[i].Indexes.Skip(below[i]).Reverse());
        order.AddRange(aisles[^1].Indexes.Reverse());
        for (var i = middle.Count - 1; i >= 0; i--) order.AddRange(middle[i].Indexes.Take(below[i]));
        return order;
    }
}
