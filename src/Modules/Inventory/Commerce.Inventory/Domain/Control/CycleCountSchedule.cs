namespace Commerce.Inventory.Domain.Control;

/// <summary>
/// ABC cycle counting (Silver, Pyke &amp; Thomas, ch. 2; APICS): each class is counted a set number of times a year,
/// A items most often, so every SKU is counted at regular intervals instead of in one annual stock-take.
/// </summary>
internal static class CycleCountSchedule
{
    private const int DaysPerYear = 365;

    /// <summary>Counts per year: A monthly, B quarterly, C yearly.</summary>
    public static readonly IReadOnlyDictionary<AbcClass, int> DefaultCountsPerYear = new Dictionary<AbcClass, int>
    {
        [AbcClass.A] = 12,
        [AbcClass.B] = 4,
        [AbcClass.C] = 1,
    };

    /// <summary>
    /// Whether a SKU of class <paramref name="cls"/> is due for a count on <paramref name="today"/>: never counted, or
    /// days since <paramref name="lastCounted"/> ≥ 365 / counts per year (A: 31 days, B: 92, C: 365 by default).
    /// A class missing from <paramref name="countsPerYear"/> uses its default; 0 counts per year means the class is
    /// not cycle counted (never due, even if never counted).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A count per year is negative.</exception>
    public static bool IsDue(
        AbcClass cls, DateOnly? lastCounted, DateOnly today, IReadOnlyDictionary<AbcClass, int>? countsPerYear = null)
    {
        var counts = countsPerYear is not null && countsPerYear.TryGetValue(cls, out var configured)
            ? configured
            : DefaultCountsPerYear[cls];
        ArgumentOutOfRangeException.ThrowIfNegative(counts, nameof(countsPerYear));
        if (counts == 0) return false;
        if (lastCounted is not { } last) return true;

        // days ≥ 365 / counts, compared as days · counts ≥ 365 so 365 / 12 = 30.42 needs no rounding rule.
        var daysSinceCount = today.DayNumber - last.DayNumber;
        return (long)daysSinceCount * counts >= DaysPerYear;
    }
}
