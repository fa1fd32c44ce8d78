using Commerce.Warehouse.Domain.Routing;
using CsCheck;

namespace Commerce.Warehouse.Tests.Routing;

/// <summary>Random layouts and pick lists, biased towards the awkward cases: picks on the cross aisles, repeated spots, depots off the aisles.</summary>
internal static class RoutingGen
{
    public static readonly Gen<AisleLayout> Layout =
        from count in Gen.Int[1, 12]
        from gaps in Gen.Int[2, 12].Array[count]
        from length in Gen.Int[4, 30]
        from depotKind in Gen.Int[0, 2]
        from depotAisle in Gen.Int[0, count - 1]
        from depotShare in Gen.Double[-0.3, 1.3]
        select MakeLayout(gaps, length, depotKind, depotAisle, depotShare);

    public static Gen<PickLocation> Pick(AisleLayout layout) =>
        from aisle in Gen.Int[0, layout.AisleX.Count - 1]
        from kind in Gen.Int[0, 7]
        from halfMetres in Gen.Int[0, (int)(2 * layout.AisleLength)]
        from anywhere in Gen.Double[0, layout.AisleLength]
        select new PickLocation(aisle, kind switch
        {
            0 => 0,
            1 => layout.AisleLength,
            <= 5 => halfMetres / 2.0,
            _ => anywhere,
        });

    public static Gen<(AisleLayout Layout, PickLocation[] Picks)> PickList(int maxPicks) =>
        from layout in Layout
        from picks in Pick(layout).Array[0, maxPicks]
        select (layout, picks);

    private static AisleLayout MakeLayout(int[] gaps, int length, int depotKind, int depotAisle, double depotShare)
    {
        var x = new double[gaps.Length];
        for (var i = 1; i < x.Length; i++) x[i] = x[i - 1] + gaps[i] / 2.0;
        var span = x[^1] - x[0];
        var depot = depotKind switch
        {
            0 => x[depotAisle],
            1 => x[0] + span * Math.Clamp(depotShare, 0, 1),
            _ => x[0] + (span + 4) * depotShare - 2,
        };
        return new AisleLayout(x, length, depot);
    }
}
