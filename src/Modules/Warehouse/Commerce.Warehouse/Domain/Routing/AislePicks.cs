namespace Commerce.Warehouse.Domain.Routing;

/// <summary>The picks of one aisle as indexes into the pick list, nearest the front first (ties by index).</summary>
internal sealed record AislePicks(int Aisle, IReadOnlyList<int> Indexes, IReadOnlyList<double> Ys)
{
    public double Nearest => Ys[0];

    public double Farthest => Ys[^1];

    /// <summary>The aisles that hold picks, left to right.</summary>
    public static IReadOnlyList<AislePicks> Of(IReadOnlyList<PickLocation> picks) =>
        Enumerable.Range(0, picks.Count)
            .OrderBy(i => picks[i].Aisle).ThenBy(i => picks[i].Y).ThenBy(i => i)
            .GroupBy(i => picks[i].Aisle)
            .Select(g => new AislePicks(g.Key, g.ToArray(), g.Select(i => picks[i].Y).ToArray()))
            .ToList();

    /// <summary>
    /// How many of the picks (nearest the front first) lie below the aisle's largest gap: the gap between adjacent picks,
    /// or between the front and the first pick (0 below), or between the last pick and the back (all below).
    /// </summary>
    public int CountBelowLargestGap(double aisleLength)
    {
        var below = 0;
        var largest = Ys[0];
        for (var i = 1; i < Ys.Count; i++)
        {
            if (Ys[i] - Ys[i - 1] > largest) (largest, below) = (Ys[i] - Ys[i - 1], i);
        }

        return aisleLength - Ys[^1] > largest ? Ys.Count : below;
    }
}
