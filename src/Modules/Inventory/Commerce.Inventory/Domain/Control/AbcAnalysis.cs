namespace Commerce.Inventory.Domain.Control;

/// <summary>
/// ABC analysis (Pareto classification), as in Silver, Pyke &amp; Thomas, <i>Inventory and Production Management in
/// Supply Chains</i>, ch. 2: rank the items by value, accumulate their share of the total, and cut the ranking at the
/// A and B cumulative shares.
/// </summary>
internal static class AbcAnalysis
{
    /// <summary>
    /// Classifies the items. They are ranked by value descending (ties by key, so the result is deterministic); an item
    /// is A while the cumulative share of the items ranked <em>before</em> it is below <see cref="AbcCutoffs.A"/> (so the
    /// top item is A whenever any value is positive), B while it is below <see cref="AbcCutoffs.B"/>, else C. Items of
    /// value 0 are always C.
    /// </summary>
    /// <returns>
    /// Every input key exactly once, in rank order, with its class, its value and the cumulative share in percent of the
    /// total up to and including it (100 for the last item; 0 for all when the total is 0).
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative.</exception>
    /// <exception cref="ArgumentException">A key appears more than once.</exception>
    public static IReadOnlyList<(TKey Key, AbcClass Class, decimal Value, decimal CumulativeShare)> Classify<TKey>(
        IReadOnlyList<AbcItem<TKey>> items, AbcCutoffs cutoffs)
        where TKey : IComparable<TKey>
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(cutoffs);
        if (items.FirstOrDefault(i => i.Value < 0m) is { } negative)
            throw new ArgumentOutOfRangeException(nameof(items), $"Item {negative.Key} has a negative value {negative.Value}.");
        var distinctKeys = items.Select(i => i.Key).Distinct().Count();
        if (distinctKeys != items.Count)
            throw new ArgumentException("Each key may appear only once.", nameof(items));

        var ranked = items
            .OrderByDescending(i => i.Value)
            .ThenBy(i => i.Key, Comparer<TKey>.Default)
            .ToList();
        var total = ranked.Sum(i => i.Value);

        var result = new List<(TKey, AbcClass, decimal, decimal)>(ranked.Count);
        var cumulativeBefore = 0m;
        foreach (var item in ranked)
        {
            var cls = ClassOf(item.Value, cumulativeBefore, total, cutoffs);
            var cumulative = cumulativeBefore + item.Value;
            var share = total == 0m ? 0m : cumulative * 100m / total;
            result.Add((item.Key, cls, item.Value, share));
            cumulativeBefore = cumulative;
        }

        return result;
    }

    // Compared as cumulative × 100 < cut-off × total, so no division rounds an exact 80 % to 79.999… .
    private static AbcClass ClassOf(decimal value, decimal cumulativeBefore, decimal total, AbcCutoffs cutoffs)
    {
        if (value == 0m) return AbcClass.C;
        if (cumulativeBefore * 100m < cutoffs.A * total) return AbcClass.A;
        if (cumulativeBefore * 100m < cutoffs.B * total) return AbcClass.B;
        return AbcClass.C;
    }
}
