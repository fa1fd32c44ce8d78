namespace Commerce.Warehouse.Domain.Routing;

/// <summary>
/// S-shape (traversal) heuristic, Hall (1993): every aisle with picks is walked end to end, alternating direction,
/// starting from the outermost pick aisle on the depot's side; with an odd number of pick aisles the last one is a
/// return visit (in to its farthest pick and back out to the front).
/// </summary>
internal static class SShapeRoute
{
    public static IReadOnlyList<int> Order(AisleLayout layout, IReadOnlyList<PickLocation> picks)
    {
        var aisles = AislePicks.Of(picks);
        if (aisles.Count == 0) return [];
        var fromLeft = Math.Abs(layout.DepotX - layout.AisleX[aisles[0].Aisle]) <= Math.Abs(layout.DepotX - layout.AisleX[aisles[^1].Aisle]);
        var sweep = fromLeft ? aisles : aisles.Reverse().ToList();

        var order = new List<int>(picks.Count);
        for (var i = 0; i < sweep.Count; i++)
        {
            var returnVisit = i == sweep.Count - 1 && sweep.Count % 2 == 1;
            var upwards = i % 2 == 0 || returnVisit;
            order.AddRange(upwards ? sweep[i].Indexes : sweep[i].Indexes.Reverse());
        }

        return order;
    }
}
