namespace Commerce.Warehouse.Domain.Routing;

/// <summary>Chooses the order in which to walk a pick list, starting and ending at the depot.</summary>
internal static class PickRouter
{
    private static readonly RoutingMethod[] Methods = [RoutingMethod.Optimal, RoutingMethod.SShape, RoutingMethod.LargestGap];

    /// <summary>The route by one method; its length is the true walking distance of its order.</summary>
    public static PickRoute Route(AisleLayout layout, IReadOnlyList<PickLocation> picks, RoutingMethod method)
    {
        ArgumentNullException.ThrowIfNull(layout);
        layout.CheckPicks(picks, nameof(picks));
        return method switch
        {
            RoutingMethod.Optimal => OptimalRoute.Solve(layout, picks),
            RoutingMethod.SShape => Measured(RoutingMethod.SShape, SShapeRoute.Order(layout, picks)),
            RoutingMethod.LargestGap => Measured(RoutingMethod.LargestGap, LargestGapRoute.Order(layout, picks)),
            _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown routing method."),
        };

        PickRoute Measured(RoutingMethod m, IReadOnlyList<int> order) => new(m, order, WalkingDistance.TourUnchecked(layout, picks, order));
    }

    /// <summary>Runs every method and returns the shortest route; on a tie, the optimal one.</summary>
    public static PickRoute Best(AisleLayout layout, IReadOnlyList<PickLocation> picks)
    {
        // Optimal comes first and only a strictly shorter route replaces it, so ties go to Optimal.
        PickRoute? best = null;
        foreach (var method in Methods)
        {
            var route = Route(layout, picks, method);
            if (best is null || route.Length < best.Length) best = route;
        }

        return best!;
    }
}
