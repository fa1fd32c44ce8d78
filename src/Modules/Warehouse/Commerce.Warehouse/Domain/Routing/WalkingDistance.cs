namespace Commerce.Warehouse.Domain.Routing;

/// <summary>Shortest walking distances on the aisle graph of a single-block layout.</summary>
internal static class WalkingDistance
{
    /// <summary>Shortest path between two pick locations: along the aisle, or out over the nearer cross aisle.</summary>
    public static double Between(AisleLayout layout, PickLocation a, PickLocation b)
    {
        ArgumentNullException.ThrowIfNull(layout);
        layout.CheckPick(a, nameof(a));
        layout.CheckPick(b, nameof(b));
        return Unchecked(layout, a, b);
    }

    /// <summary>Walking distance of visiting the picks in <paramref name="order"/>: depot → … → depot.</summary>
    public static double Tour(AisleLayout layout, IReadOnlyList<PickLocation> picks, IReadOnlyList<int> order)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(order);
        layout.CheckPicks(picks, nameof(picks));
        foreach (var index in order)
        {
            if (index < 0 || index >= picks.Count)
                throw new ArgumentException($"The order names pick {index}, but there are {picks.Count} picks.", nameof(order));
        }

        return TourUnchecked(layout, picks, order);
    }

    internal static double TourUnchecked(AisleLayout layout, IReadOnlyList<PickLocation> picks, IReadOnlyList<int> order)
    {
        if (order.Count == 0) return 0;
        var length = FromDepot(layout, picks[order[0]]);
        for (var i = 1; i < order.Count; i++) length += Unchecked(layout, picks[order[i - 1]], picks[order[i]]);
        return length + FromDepot(layout, picks[order[^1]]);
    }

    internal static double Unchecked(AisleLayout layout, PickLocation a, PickLocation b)
    {
        if (a.Aisle == b.Aisle) return Math.Abs(a.Y - b.Y);
        var across = Math.Abs(layout.AisleX[a.Aisle] - layout.AisleX[b.Aisle]);
        return across + Math.Min(a.Y + b.Y, 2 * layout.AisleLength - a.Y - b.Y);
    }

    /// <summary>The depot is on the front cross aisle, so the way to a pick is along the front, then up its aisle.</summary>
    internal static double FromDepot(AisleLayout layout, PickLocation pick) =>
        Math.Abs(layout.DepotX - layout.AisleX[pick.Aisle]) + pick.Y;
}
