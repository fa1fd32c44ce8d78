namespace Commerce.Inventory.Domain;

/// <summary>A stock level that could serve a line, with what it has available now.</summary>
public readonly record struct StockSource(Guid StockLevelId, int Available);

public readonly record struct StockTake(Guid StockLevelId, int Quantity);

/// <summary>
/// Decides where the units of one line come from. Prefers one location that has them all (one parcel, not two);
/// otherwise takes from the fullest locations first, so the fewest locations are involved.
/// Never takes more than a source has, nor more than wanted.
/// </summary>
public static class StockSplitter
{
    public static IReadOnlyList<StockTake> Split(int wanted, IReadOnlyList<StockSource> sources)
    {
        if (wanted <= 0) return [];
        var usable = sources.Where(s => s.Available > 0).ToList();
        var single = usable
            .Where(s => s.Available >= wanted)
            .OrderBy(s => s.Available)
            .ThenBy(s => s.StockLevelId)
            .Select(s => (StockTake?)new StockTake(s.StockLevelId, wanted))
            .FirstOrDefault();
        if (single is { } whole) return [whole];

        var takes = new List<StockTake>();
        var remaining = wanted;
        foreach (var source in usable.OrderByDescending(s => s.Available).ThenBy(s => s.StockLevelId))
        {
            if (remaining == 0) break;
            var take = Math.Min(remaining, source.Available);
            takes.Add(new StockTake(source.StockLevelId, take));
            remaining -= take;
        }

        return takes;
    }

    /// <summary>Takes from the sources in the order given (a routing decision's preference), as much as each has.</summary>
    public static IReadOnlyList<StockTake> InOrder(int wanted, IReadOnlyList<StockSource> sources)
    {
        var takes = new List<StockTake>();
        var remaining = wanted;
        foreach (var source in sources)
        {
            if (remaining <= 0) break;
            var take = Math.Min(remaining, source.Available);
            if (take <= 0) continue;
            takes.Add(new StockTake(source.StockLevelId, take));
            remaining -= take;
        }

        return takes;
    }
}
