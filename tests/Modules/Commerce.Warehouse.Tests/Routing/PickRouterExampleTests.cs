using Commerce.Warehouse.Domain.Routing;

namespace Commerce.Warehouse.Tests.Routing;

public sealed class PickRouterExampleTests
{
    // Three aisles 3 m apart, 10 m long, depot at the front of the leftmost.
    private static readonly AisleLayout Layout = new([0, 3, 6], 10, 0);

    private static readonly RoutingMethod[] Methods = Enum.GetValues<RoutingMethod>();

    private static double Length(PickLocation[] picks, RoutingMethod method, AisleLayout? layout = null) =>
        PickRouter.Route(layout ?? Layout, picks, method).Length;

    [Fact]
    public void A_single_pick_is_a_walk_in_and_back_out() =>
        // 3 along the front, 4 up the aisle, and the same back.
        Assert.All(Methods, method => Assert.Equal(14, Length([new(1, 4)], method), 1e-12));

    [Fact]
    public void Many_picks_at_one_spot_are_one_stop() => Assert.All(Methods, method =>
    {
        var route = PickRouter.Route(Layout, [new(1, 4), new(1, 4), new(1, 4), new(1, 4), new(1, 4)], method);
        Assert.Equal(14, route.Length, 1e-12);
        Assert.Equal([0, 1, 2, 3, 4], route.Order.Order());
    });

    [Fact]
    public void Two_picks_near_the_back_of_the_outer_aisles_are_taken_in_one_loop()
    {
        // Up aisle 0 (10), along the back (6), down aisle 2 (10), home along the front (6) = 32;
        // two walks in and out would be 2 × 8 + 2 × 6 + 2 × 8 = 44.
        PickLocation[] picks = [new(0, 8), new(2, 8)];
        Assert.Equal(32, Length(picks, RoutingMethod.Optimal), 1e-12);
        Assert.Equal(32, Length(picks, RoutingMethod.SShape), 1e-12);
    }

    [Fact]
    public void Largest_gap_leaves_the_middle_of_an_aisle_unwalked_where_s_shape_walks_it()
    {
        // Picks: aisle 0 at 5, aisle 1 at 1 and 9, aisle 2 at 5.
        // Largest gap: up aisle 0 (10), along the back (6) dipping into aisle 1 for the 9 (2), down aisle 2 (10),
        // home along the front (6) dipping into aisle 1 for the 1 (2) = 36, which is optimal.
        // S-shape: up aisle 0, down aisle 1 (9 then 1), in and out of aisle 2: 5 + 9 + 8 + 9 + 11 = 42.
        PickLocation[] picks = [new(0, 5), new(1, 1), new(1, 9), new(2, 5)];
        Assert.Equal(36, Length(picks, RoutingMethod.LargestGap), 1e-12);
        Assert.Equal(36, Length(picks, RoutingMethod.Optimal), 1e-12);
        Assert.Equal(42, Length(picks, RoutingMethod.SShape), 1e-12);
        Assert.Equal([0, 2, 3, 1], PickRouter.Route(Layout, picks, RoutingMethod.LargestGap).Order);
    }

    [Fact]
    public void S_shape_starts_from_the_pick_aisle_on_the_depot_side()
    {
        // Depot at the right end: the sweep starts in aisle 2, so aisle 0 is the return visit.
        var layout = Layout with { DepotX = 6 };
        var route = PickRouter.Route(layout, [new(0, 3), new(1, 5), new(2, 7)], RoutingMethod.SShape);
        Assert.Equal([2, 1, 0], route.Order);
    }

    [Fact]
    public void A_depot_between_aisles_is_a_stop_on_the_front_cross_aisle()
    {
        // Aisles at 0 and 10, depot at 5: picks at the front of both = 5 + 10 + 5 along the front.
        var layout = new AisleLayout([0, 10], 10, 5);
        Assert.Equal(20, Length([new(0, 0), new(1, 0)], RoutingMethod.Optimal, layout), 1e-12);
    }

    [Fact]
    public void A_depot_beyond_the_last_aisle_adds_the_walk_to_it_both_ways()
    {
        // Depot 2 m left of aisle 0: 2 + 3 along the front, 4 up, and back.
        Assert.Equal(18, Length([new(1, 4)], RoutingMethod.Optimal, Layout with { DepotX = -2 }), 1e-12);
    }

    [Fact]
    public void Picks_at_the_depot_cost_nothing()
    {
        var route = PickRouter.Route(Layout, [new(0, 0), new(0, 0)], RoutingMethod.Optimal);
        Assert.Equal(0, route.Length);
        Assert.Equal([0, 1], route.Order);
    }

    [Fact]
    public void An_empty_pick_list_is_an_empty_route() => Assert.All(Methods.Select(m => PickRouter.Route(Layout, [], m)).Append(PickRouter.Best(Layout, [])), route =>
    {
        Assert.Empty(route.Order);
        Assert.Equal(0, route.Length);
    });

    [Fact]
    public void Best_returns_the_optimal_route_when_a_heuristic_ties_it()
    {
        var best = PickRouter.Best(Layout, [new(1, 4)]);
        Assert.Equal(RoutingMethod.Optimal, best.Method);
        Assert.Equal(14, best.Length, 1e-12);
    }

    [Fact]
    public void Exhaustive_search_agrees_with_the_hand_computed_examples()
    {
        Assert.Equal(36, ExactTour.Solve(Layout, [new(0, 5), new(1, 1), new(1, 9), new(2, 5)]).Length, 1e-12);
        Assert.Equal(32, ExactTour.Solve(Layout, [new(0, 8), new(2, 8)]).Length, 1e-12);
    }
}
