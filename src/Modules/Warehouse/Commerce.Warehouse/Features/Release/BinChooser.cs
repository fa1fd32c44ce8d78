using Commerce.Warehouse.Domain.Layout;

namespace Commerce.Warehouse.Features.Release;

internal sealed record BinTake(BinStock Stock, int Units);

/// <summary>Decides which bins an order line's units are picked from.</summary>
internal static class BinChooser
{
    /// <summary>
    /// One bin when a bin holds them all (the nearest to the depot: the shortest detour), else the fullest bins first
    /// (the fewest stops). <paramref name="taken"/> holds units already promised by this release, per stock row; null
    /// when the bins hold too few units.
    /// </summary>
    public static List<BinTake>? Choose(
        IReadOnlyList<BinStock> stocks, int units, Func<Guid, double> fromDepot, IReadOnlyDictionary<Guid, int> taken)
    {
        int Free(BinStock s) => s.Free - taken.GetValueOrDefault(s.Id);
        var usable = stocks.Where(s => Free(s) > 0).ToList();
        if (usable.Sum(Free) < units) return null;

        var whole = usable.Where(s => Free(s) >= units).OrderBy(s => fromDepot(s.BinId)).ThenBy(s => s.Id).FirstOrDefault();
        if (whole is not null) return [new BinTake(whole, units)];

        var takes = new List<BinTake>();
        var left = units;
        foreach (var stock in usable.OrderByDescending(Free).ThenBy(s => fromDepot(s.BinId)))
        {
            var take = Math.Min(left, Free(stock));
            takes.Add(new BinTake(stock, take));
            left -= take;
            if (left == 0) break;
        }

        return takes;
    }
}
