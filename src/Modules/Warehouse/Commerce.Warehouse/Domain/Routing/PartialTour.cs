namespace Commerce.Warehouse.Domain.Routing;

/// <summary>
/// The equivalence class of a partial tour subgraph at one column of the layout (Ratliff &amp; Rosenthal 1983): whether
/// the column's front and back vertices are in it, the parity of their degrees, whether they are in one component, and
/// whether a component has already been closed off to the left (it can never be joined again, so it must be the tour).
/// Transitions are derived mechanically from degrees and a tiny union-find rather than from hand-written tables.
/// </summary>
internal readonly record struct PartialTour(bool FrontIn, bool FrontOdd, bool BackIn, bool BackOdd, bool Joined, bool Closed)
{
    public const int Count = 64;

    public static PartialTour Empty => default;

    public int Index => (FrontIn ? 1 : 0) | (FrontOdd ? 2 : 0) | (BackIn ? 4 : 0) | (BackOdd ? 8 : 0) | (Joined ? 16 : 0) | (Closed ? 32 : 0);

    public static PartialTour FromIndex(int index) =>
        new((index & 1) != 0, (index & 2) != 0, (index & 4) != 0, (index & 8) != 0, (index & 16) != 0, (index & 32) != 0);

    /// <summary>A finished tour: every degree even and everything in one component.</summary>
    public bool IsTour => !FrontOdd && !BackOdd && (Closed ? 1 : 0) + OpenComponents == 1;

    private int OpenComponents => FrontIn && BackIn ? (Joined ? 1 : 2) : FrontIn || BackIn ? 1 : 0;

    /// <summary>
    /// Adds <paramref name="front"/> and <paramref name="back"/> copies (0–2) of the cross-aisle arcs to the next column.
    /// Null if that leaves this column's vertex with an odd degree, or leaves a second component behind.
    /// </summary>
    public PartialTour? Cross(int front, int back)
    {
        if (((FrontOdd ? 1 : 0) + front) % 2 != 0 || ((BackOdd ? 1 : 0) + back) % 2 != 0) return null;

        // Elements: 0 = this front, 1 = this back, 2 = next front, 3 = next back.
        Span<int> parent = [0, 1, 2, 3];
        if (Joined) Union(parent, 0, 1);
        if (front > 0) Union(parent, 0, 2);
        if (back > 0) Union(parent, 1, 3);
        var (nextFront, nextBack) = (front > 0, back > 0);

        var closed = Closed ? 1 : 0;
        var closedRoot = -1;
        foreach (var (vertex, present) in (ReadOnlySpan<(int, bool)>)[(0, FrontIn || front > 0), (1, BackIn || back > 0)])
        {
            if (!present) continue;
            var root = Find(parent, vertex);
            var carriedOn = (nextFront && Find(parent, 2) == root) || (nextBack && Find(parent, 3) == root);
            if (carriedOn || root == closedRoot) continue;
            closed++;
            closedRoot = root;
        }

        if (closed > 1 || (closed == 1 && (nextFront || nextBack))) return null;
        return new PartialTour(nextFront, front % 2 == 1, nextBack, back % 2 == 1,
            nextFront && nextBack && Find(parent, 2) == Find(parent, 3), closed == 1);
    }

    /// <summary>Adds an aisle configuration at this column (and the depot, if it stands here). Null if it cannot join the tour.</summary>
    public PartialTour? With(AisleArcs arcs, bool depotHere)
    {
        var frontIn = FrontIn || arcs.TouchesFront || depotHere;
        var backIn = BackIn || arcs.TouchesBack;
        if (Closed && (frontIn || backIn)) return null;
        return new PartialTour(frontIn, FrontOdd ^ arcs.FlipsParity, backIn, BackOdd ^ arcs.FlipsParity,
            frontIn && backIn && (Joined || arcs.JoinsFrontAndBack), Closed);
    }

    private static int Find(Span<int> parent, int x)
    {
        while (parent[x] != x) x = parent[x];
        return x;
    }

    private static void Union(Span<int> parent, int a, int b) => parent[Find(parent, a)] = Find(parent, b);
}
