using Commerce.Warehouse.Domain.Routing;
using CsCheck;

namespace Commerce.Warehouse.Tests.Routing;

public sealed class WalkingDistanceTests
{
    // Three aisles 3 m apart, 10 m long, depot at the front of the leftmost.
    private static readonly AisleLayout Layout = new([0, 3, 6], 10, 0);

    [Theory]
    [InlineData(1, 2, 1, 7, 5)] // same aisle: straight along it
    [InlineData(0, 2, 2, 2, 10)] // 6 across + out and in over the front (2 + 2)
    [InlineData(0, 8, 2, 9, 9)] // 6 across + over the back (2 + 1)
    [InlineData(0, 5, 1, 5, 13)] // 3 across + 10 either way
    [InlineData(0, 0, 2, 10, 16)] // front of one to the back of another: 6 across + 10
    public void Between_two_picks_is_the_shorter_way_round_over_a_cross_aisle(int aisleA, double yA, int aisleB, double yB, double expected)
    {
        Assert.Equal(expected, WalkingDistance.Between(Layout, new(aisleA, yA), new(aisleB, yB)), 1e-12);
        Assert.Equal(expected, WalkingDistance.Between(Layout, new(aisleB, yB), new(aisleA, yA)), 1e-12);
    }

    [Fact]
    public void A_tour_starts_and_ends_at_the_depot()
    {
        // Depot (0, 0) → (1, 4): 3 + 4; → (2, 4): 3 + 8; → depot: 6 + 4.
        PickLocation[] picks = [new(2, 4), new(1, 4)];
        Assert.Equal(28, WalkingDistance.Tour(Layout, picks, [1, 0]), 1e-12);
        Assert.Equal(0, WalkingDistance.Tour(Layout, picks, []));
    }

    [Fact]
    public void A_depot_between_aisles_is_reached_along_the_front_cross_aisle()
    {
        var layout = Layout with { DepotX = 4.5 };
        // 1.5 along the front to aisle 1, 7 up and back: 2 × 8.5.
        Assert.Equal(17, WalkingDistance.Tour(layout, [new(1, 7)], [0]), 1e-12);
    }

    [Fact]
    public void Shortest_paths_obey_the_triangle_inequality()
    {
        RoutingGen.Layout.SelectMany(l => RoutingGen.Pick(l).Array[3].Select(p => (l, p))).Sample(c =>
        {
            var (layout, p) = c;
            Assert.True(WalkingDistance.Between(layout, p[0], p[2]) <=
                        WalkingDistance.Between(layout, p[0], p[1]) + WalkingDistance.Between(layout, p[1], p[2]) + 1e-9);
        }, iter: 2000);
    }
}
