namespace Commerce.Warehouse.Domain.Packing;

/// <summary>
/// Chooses the boxes an order's items go into.
/// <para>
/// Placement inside a box is extreme-point first-fit decreasing (Crainic, Perboli &amp; Tadei 2008) with all six
/// axis-aligned rotations: see <see cref="BoxLoad"/>. Items are offered by volume decreasing, longest side next.
/// </para>
/// <para>
/// Objective, compared lexicographically: fewest packages, then lowest total billable weight, then lowest total box
/// cost; remaining ties go to the box code in ordinal order, so the same input always gives the same plan.
/// </para>
/// <para>
/// When one box holds everything, every box type that passes the volume, weight and per-item size bounds is tried
/// in objective order and the first that really packs wins, which is the best single box the heuristic can find.
/// Otherwise the split is greedy: repeatedly fill the box type that takes the most volume of the remaining items
/// (ties: lower billable weight, then cost), until the rest fits one box; then each package is downsized to the best
/// box type that still holds its items. The greedy split does not prove the package count minimal.
/// </para>
/// <para>
/// A package's billable weight uses the box's inner dimensions as its outer size (box walls are not modelled),
/// and its gross weight includes the box's tare weight.
/// </para>
/// </summary>
internal static class BoxPacker
{
    /// <summary>Cubic inches per pound most carriers use for retail rates; a carrier account may set its own.</summary>
    public const decimal DefaultDimDivisor = 139m;

    /// <summary>The packages for these items from this catalog, billed with the carrier account's dimensional divisor (in³/lb).</summary>
    public static PackingPlan Plan(IReadOnlyList<PackItem> items, IReadOnlyList<BoxType> boxes, decimal dimDivisor = DefaultDimDivisor)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(boxes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(dimDivisor);
        PackingInput.EnsureValid(items, boxes);

        var fitsSomeBox = items.ToLookup(i => boxes.Any(b => Fits([i], b)));
        var unpackable = fitsSomeBox[false].ToArray();
        var remaining = PackingOrder.ByVolume(fitsSomeBox[true]).ToList();

        var packages = new List<PlannedPackage>();
        while (remaining.Count > 0)
        {
            if (BestSingleBox(remaining, boxes, dimDivisor) is { } lastPackage)
            {
                packages.Add(lastPackage);
                break;
            }

            var fullest = FullestLoad(remaining, boxes, dimDivisor);
            // The greedy fill picked the box by volume taken; a smaller or cheaper box may hold the same items.
            packages.Add(BestSingleBox(fullest.Placed.Select(p => p.Item).ToArray(), boxes, dimDivisor) ?? Package(fullest, dimDivisor));
            // By reference and one at a time: a caller may list the same instance twice for two units.
            foreach (var placed in fullest.Placed)
            {
                remaining.RemoveAt(remaining.FindIndex(i => ReferenceEquals(i, placed.Item)));
            }
        }

        return new PackingPlan(packages, unpackable);
    }

    /// <summary>True when these exact items fit together in this box (used to validate a packer's manual choice).</summary>
    public static bool Fits(IReadOnlyList<PackItem> items, BoxType box)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(box);
        return TryLoad(items, box) is not null;
    }

    private static PlannedPackage? BestSingleBox(IReadOnlyList<PackItem> items, IReadOnlyList<BoxType> boxes, decimal dimDivisor)
    {
        var itemWeight = items.Sum(i => i.Weight);
        var candidates = boxes
            .Where(b => PassesBounds(items, b))
            .Select(b => (Box: b, Billable: BillableWeight.Of(b.Inner, itemWeight + b.TareWeight, dimDivisor)))
            .OrderBy(c => c.Billable).ThenBy(c => c.Box.Cost).ThenBy(c => c.Box.Code, StringComparer.Ordinal);

        foreach (var candidate in candidates)
        {
            if (TryLoad(items, candidate.Box) is { } load)
            {
                return Package(load, dimDivisor);
            }
        }

        return null;
    }

    private static BoxLoad FullestLoad(IReadOnlyList<PackItem> remaining, IReadOnlyList<BoxType> boxes, decimal dimDivisor)
    {
        BoxLoad? best = null;
        decimal bestBillable = 0;
        foreach (var box in boxes)
        {
            var load = new BoxLoad(box);
            foreach (var item in remaining)
            {
                load.TryPlace(item);
            }

            if (load.Placed.Count == 0)
            {
                continue;
            }

            var billable = BillableWeight.Of(box.Inner, load.GrossWeight, dimDivisor);
            if (best is null || IsBetterFill(load, billable, best, bestBillable))
            {
                (best, bestBillable) = (load, billable);
            }
        }

        // Every remaining item fits some box alone, so at least one box takes something.
        return best ?? throw new InvalidOperationException("No box takes any of the remaining items.");
    }

    private static bool IsBetterFill(BoxLoad load, decimal billable, BoxLoad best, decimal bestBillable)
    {
        if (load.LoadedVolume != best.LoadedVolume) return load.LoadedVolume > best.LoadedVolume;
        if (billable != bestBillable) return billable < bestBillable;
        if (load.Box.Cost != best.Box.Cost) return load.Box.Cost < best.Box.Cost;
        return string.CompareOrdinal(load.Box.Code, best.Box.Code) < 0;
    }

    private static BoxLoad? TryLoad(IReadOnlyList<PackItem> items, BoxType box)
    {
        if (!PassesBounds(items, box))
        {
            return null;
        }

        foreach (var order in PackingOrder.Alternatives(items))
        {
            var load = new BoxLoad(box);
            if (order.All(load.TryPlace))
            {
                return load;
            }
        }

        return null;
    }

    // Cheap necessary conditions, checked before the real 3D placement.
    private static bool PassesBounds(IReadOnlyList<PackItem> items, BoxType box) =>
        items.Sum(i => i.Size.Volume) <= box.Inner.Volume
        && items.Sum(i => i.Weight) + box.TareWeight <= box.MaxWeight
        && items.All(i => i.Size.FitsWithinSomeRotation(box.Inner));

    private static PlannedPackage Package(BoxLoad load, decimal dimDivisor) =>
        new(load.Box, load.Placed.ToArray(), load.GrossWeight, BillableWeight.Of(load.Box.Inner, load.GrossWeight, dimDivisor));
}
