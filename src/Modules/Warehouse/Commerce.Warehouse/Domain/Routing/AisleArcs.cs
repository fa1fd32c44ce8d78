namespace Commerce.Warehouse.Domain.Routing;

/// <summary>The ways an optimal tour can use one aisle (Ratliff &amp; Rosenthal 1983).</summary>
internal enum AisleArcsKind { None, Traverse, TraverseTwice, FromFront, FromBack, SplitAtLargestGap }

/// <summary>
/// One way of covering an aisle's picks with in-aisle arcs. <see cref="FrontReach"/> is how far the arcs from the front
/// go in (each walked twice), <see cref="BackReach"/> the Y down to which the arcs from the back go.
/// </summary>
internal readonly record struct AisleArcs(AisleArcsKind Kind, double Length, double FrontReach, double BackReach)
{
    public int Copies => Kind switch { AisleArcsKind.Traverse => 1, AisleArcsKind.TraverseTwice => 2, _ => 0 };

    /// <summary>The front vertex is in the tour: an arc ends there, or a pick lies on it.</summary>
    public bool TouchesFront => Kind is AisleArcsKind.Traverse or AisleArcsKind.TraverseTwice or AisleArcsKind.FromFront or AisleArcsKind.SplitAtLargestGap;

    public bool TouchesBack => Kind is AisleArcsKind.Traverse or AisleArcsKind.TraverseTwice or AisleArcsKind.FromBack or AisleArcsKind.SplitAtLargestGap;

    /// <summary>A single traversal is the only configuration that changes the parity of the front and back degrees.</summary>
    public bool FlipsParity => Kind == AisleArcsKind.Traverse;

    public bool JoinsFrontAndBack => Kind is AisleArcsKind.Traverse or AisleArcsKind.TraverseTwice;

    /// <summary>The configurations worth considering for an aisle: all that cover its picks, none dominated by another.</summary>
    public static IReadOnlyList<AisleArcs> For(AislePicks? picks, double aisleLength)
    {
        var traverse = new AisleArcs(AisleArcsKind.Traverse, aisleLength, 0, aisleLength);
        var twice = new AisleArcs(AisleArcsKind.TraverseTwice, 2 * aisleLength, 0, aisleLength);
        if (picks is null) return [new AisleArcs(AisleArcsKind.None, 0, 0, aisleLength), traverse, twice];

        var options = new List<AisleArcs>(5) { traverse, twice };
        // Going in to the back (or down to the front) and back out is the same as traversing twice, so leave it out.
        if (picks.Farthest < aisleLength) options.Add(new AisleArcs(AisleArcsKind.FromFront, 2 * picks.Farthest, picks.Farthest, aisleLength));
        if (picks.Nearest > 0) options.Add(new AisleArcs(AisleArcsKind.FromBack, 2 * (aisleLength - picks.Nearest), 0, picks.Nearest));

        var (below, above) = (0.0, 0.0);
        for (var i = 1; i < picks.Ys.Count; i++)
        {
            if (picks.Ys[i] - picks.Ys[i - 1] > above - below) (below, above) = (picks.Ys[i - 1], picks.Ys[i]);
        }

        if (above > below) options.Add(new AisleArcs(AisleArcsKind.SplitAtLargestGap, 2 * below + 2 * (aisleLength - above), below, above));
        return options;
    }
}
