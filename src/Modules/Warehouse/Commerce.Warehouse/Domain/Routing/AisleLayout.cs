namespace Commerce.Warehouse.Domain.Routing;

/// <summary>
/// Single-block warehouse: parallel aisles left to right at <see cref="AisleX"/> (strictly increasing, metres), each
/// <see cref="AisleLength"/> long, a front cross aisle at y = 0 and a back cross aisle at y = <see cref="AisleLength"/>.
/// The depot (pack station) is on the front cross aisle at x = <see cref="DepotX"/>: anywhere on it, also beyond the
/// outermost aisles (the front cross aisle is taken to run on to it).
/// </summary>
/// <remarks>Values are checked when set, so a layout that exists is a valid one; <see cref="AisleX"/> is copied.</remarks>
internal sealed record AisleLayout(IReadOnlyList<double> AisleX, double AisleLength, double DepotX)
{
    private readonly IReadOnlyList<double> aisleX = CheckedAisles(AisleX);
    private readonly double aisleLength = CheckedLength(AisleLength);
    private readonly double depotX = CheckedDepot(DepotX);

    public IReadOnlyList<double> AisleX { get => aisleX; init => aisleX = CheckedAisles(value); }

    public double AisleLength { get => aisleLength; init => aisleLength = CheckedLength(value); }

    public double DepotX { get => depotX; init => depotX = CheckedDepot(value); }

    /// <summary>Throws unless every pick names an aisle of this layout and lies within it (0 ≤ Y ≤ length).</summary>
    public void CheckPicks(IReadOnlyList<PickLocation> picks, string paramName)
    {
        ArgumentNullException.ThrowIfNull(picks, paramName);
        for (var i = 0; i < picks.Count; i++) CheckPick(picks[i], paramName, i);
    }

    /// <summary>Throws unless the pick names an aisle of this layout and lies within it (0 ≤ Y ≤ length).</summary>
    public void CheckPick(PickLocation pick, string paramName, int? index = null)
    {
        var which = index is { } i ? $"Pick {i} ({pick})" : $"Pick {pick}";
        if (pick.Aisle < 0 || pick.Aisle >= aisleX.Count)
            throw new ArgumentException($"{which} names aisle {pick.Aisle}, but the layout has aisles 0 to {aisleX.Count - 1}.", paramName);
        if (!(pick.Y >= 0 && pick.Y <= aisleLength))
            throw new ArgumentException($"{which} is at Y = {pick.Y}, outside the aisle (0 to {aisleLength} m).", paramName);
    }

    private static IReadOnlyList<double> CheckedAisles(IReadOnlyList<double> aisles)
    {
        ArgumentNullException.ThrowIfNull(aisles, nameof(AisleX));
        var copy = aisles.ToArray();
        if (copy.Length == 0) throw new ArgumentException("A layout needs at least one aisle.", nameof(AisleX));
        for (var i = 0; i < copy.Length; i++)
        {
            if (!double.IsFinite(copy[i])) throw new ArgumentException($"Aisle {i} is at x = {copy[i]}, not a finite number.", nameof(AisleX));
            if (i > 0 && copy[i] <= copy[i - 1])
                throw new ArgumentException($"Aisle x positions must be strictly increasing: aisle {i} at {copy[i]} follows {copy[i - 1]}.", nameof(AisleX));
        }

        return copy;
    }

    private static double CheckedLength(double length) => double.IsFinite(length) && length > 0
        ? length
        : throw new ArgumentException($"The aisle length must be a positive number of metres, not {length}.", nameof(AisleLength));

    private static double CheckedDepot(double x) => double.IsFinite(x)
        ? x
        : throw new ArgumentException($"The depot x must be a finite number, not {x}.", nameof(DepotX));
}
