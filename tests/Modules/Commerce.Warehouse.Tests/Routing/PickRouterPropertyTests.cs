using Commerce.Warehouse.Domain.Routing;
using CsCheck;

namespace Commerce.Warehouse.Tests.Routing;

public sealed class PickRouterPropertyTests
{
    private const double Tolerance = 1e-9;

    private static readonly RoutingMethod[] Methods = Enum.GetValues<RoutingMethod>();

    [Fact]
    public void Every_method_visits_each_pick_exactly_once()
    {
        RoutingGen.PickList(40).Sample(c =>
        {
            foreach (var method in Methods)
            {
                var route = PickRouter.Route(c.Layout, c.Picks, method);
                Assert.Equal(method, route.Method);
                Assert.Equal(Enumerable.Range(0, c.Picks.Length), route.Order.Order());
            }
        }, iter: 2000);
    }

    [Fact]
    public void Every_route_reports_the_walking_distance_of_its_order_from_the_depot_and_back()
    {
        RoutingGen.PickList(40).Sample(c =>
        {
            foreach (var method in Methods)
            {
                var route = PickRouter.Route(c.Layout, c.Picks, method);
                Assert.Equal(WalkingDistance.Tour(c.Layout, c.Picks, route.Order), route.Length, Tolerance);
            }
        }, iter: 2000);
    }

    [Fact]
    public void Optimal_route_is_never_longer_than_either_heuristic_nor_than_walking_the_lines_in_order()
    {
        RoutingGen.PickList(40).Sample(c =>
        {
            var optimal = PickRouter.Route(c.Layout, c.Picks, RoutingMethod.Optimal).Length;
            Assert.True(optimal <= PickRouter.Route(c.Layout, c.Picks, RoutingMethod.SShape).Length + Tolerance);
            Assert.True(optimal <= PickRouter.Route(c.Layout, c.Picks, RoutingMethod.LargestGap).Length + Tolerance);
            Assert.True(optimal <= WalkingDistance.Tour(c.Layout, c.Picks, Enumerable.Range(0, c.Picks.Length).ToList()) + Tolerance);
        }, iter: 3000);
    }

    [Fact]
    public void Optimal_route_matches_exhaustive_search_on_small_lists()
    {
        RoutingGen.PickList(10).Sample(c =>
        {
            var exhaustive = ExactTour.Solve(c.Layout, c.Picks);
            Assert.Equal(exhaustive.Length, PickRouter.Route(c.Layout, c.Picks, RoutingMethod.Optimal).Length, Tolerance);
        }, iter: 4000);
    }

    [Fact]
    public void Optimal_route_walks_exactly_the_length_the_programme_computes()
    {
        RoutingGen.PickList(40).Sample(c =>
            Assert.Equal(OptimalRoute.Length(c.Layout, c.Picks), PickRouter.Route(c.Layout, c.Picks, RoutingMethod.Optimal).Length, Tolerance),
            iter: 2000);
    }

    [Fact]
    public void Best_route_is_the_shortest_method_and_optimal_on_ties()
    {
        RoutingGen.PickList(30).Sample(c =>
        {
            var best = PickRouter.Best(c.Layout, c.Picks);
            var lengths = Methods.Select(m => PickRouter.Route(c.Layout, c.Picks, m).Length).ToList();
            Assert.Equal(lengths.Min(), best.Length);
            if (best.Length == PickRouter.Route(c.Layout, c.Picks, RoutingMethod.Optimal).Length) Assert.Equal(RoutingMethod.Optimal, best.Method);
        }, iter: 1000);
    }

    [Fact]
    public void The_same_pick_list_always_gets_the_same_route()
    {
        RoutingGen.PickList(30).Sample(c =>
        {
            foreach (var method in Methods)
                Assert.Equal(PickRouter.Route(c.Layout, c.Picks, method).Order, PickRouter.Route(c.Layout, c.Picks, method).Order);
        }, iter: 500);
    }
}
