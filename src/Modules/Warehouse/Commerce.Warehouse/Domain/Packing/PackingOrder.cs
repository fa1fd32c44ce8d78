namespace Commerce.Warehouse.Domain.Packing;

/// <summary>The orders in which items are offered to a box. Every order is total, so a plan never depends on the order the caller listed the items in.</summary>
internal static class PackingOrder
{
    /// <summary>Volume decreasing, then longest side decreasing: the sort Crainic, Perboli &amp; Tadei found best for extreme-point first fit.</summary>
    public static IReadOnlyList<PackItem> ByVolume(IEnumerable<PackItem> items) =>
        Tiebroken(items.OrderByDescending(i => i.Size.Volume).ThenByDescending(i => i.Size.LongestSide));

    /// <summary>
    /// The orders tried when one box must hold a given set: volume first (so a set that one box took
    /// under it always fits again), then longest side first and largest face first, which rescue some sets volume order misses.
    /// </summary>
    public static IEnumerable<IReadOnlyList<PackItem>> Alternatives(IReadOnlyList<PackItem> items)
    {
        yield return ByVolume(items);
        if (items.Count < 2)
        {
            yield break;
        }

        yield return Tiebroken(items.OrderByDescending(i => i.Size.LongestSide).ThenByDescending(i => i.Size.Volume));
        yield return Tiebroken(items.OrderByDescending(LargestFace).ThenByDescending(i => i.Size.Volume));
    }

    private static decimal LargestFace(PackItem item)
    {
        var sides = item.Size.Sorted();
        return sides.Width * sides.Height;
    }

    private static PackItem[] Tiebroken(IOrderedEnumerable<PackItem> ordered) =>
        ordered
            .ThenBy(i => i.Key, StringComparer.Ordinal)
            .ThenBy(i => i.Sku, StringComparer.Ordinal)
            .ThenBy(i => i.Weight)
            .ThenBy(i => i.Size.Length).ThenBy(i => i.Size.Width).ThenBy(i => i.Size.Height)
            .ToArray();
}
