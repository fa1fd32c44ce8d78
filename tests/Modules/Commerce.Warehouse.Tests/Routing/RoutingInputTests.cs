using Commerce.Warehouse.Domain.Routing;

namespace Commerce.Warehouse.Tests.Routing;

public sealed class RoutingInputTests
{
    private static readonly AisleLayout Layout = new([0, 3, 6], 10, 0);

    [Theory]
    [InlineData(3, 1)]
    [InlineData(-1, 1)]
    [InlineData(0, -0.1)]
    [InlineData(0, 10.1)]
    [InlineData(0, double.NaN)]
    public void A_pick_outside_the_layout_is_rejected(int aisle, double y)
    {
        foreach (var method in Enum.GetValues<RoutingMethod>())
            Assert.Throws<ArgumentException>(() => PickRouter.Route(Layout, [new(1, 1), new(aisle, y)], method));
        Assert.Throws<ArgumentException>(() => WalkingDistance.Between(Layout, new(0, 0), new(aisle, y)));
        Assert.Throws<ArgumentException>(() => ExactTour.Solve(Layout, [new(aisle, y)]));
    }

    [Fact]
    public void Picks_on_the_cross_aisles_are_inside_the_layout() =>
        Assert.Equal(2 * (6 + 10), PickRouter.Route(Layout, [new(2, 10), new(0, 0)], RoutingMethod.Optimal).Length, 1e-12);

    [Theory]
    [InlineData(new double[0], 10, 0)]
    [InlineData(new[] { 0.0, 3, 3 }, 10, 0)]
    [InlineData(new[] { 3.0, 0 }, 10, 0)]
    [InlineData(new[] { 0.0, double.PositiveInfinity }, 10, 0)]
    [InlineData(new[] { 0.0, 3 }, 0, 0)]
    [InlineData(new[] { 0.0, 3 }, -5, 0)]
    [InlineData(new[] { 0.0, 3 }, 10, double.NaN)]
    public void A_layout_that_cannot_exist_is_rejected(double[] aisleX, double length, double depotX) =>
        Assert.Throws<ArgumentException>(() => new AisleLayout(aisleX, length, depotX));

    [Fact]
    public void Changing_a_layout_is_checked_too() =>
        Assert.Throws<ArgumentException>(() => Layout with { AisleLength = -1 });

    [Fact]
    public void A_tour_through_a_pick_that_is_not_on_the_list_is_rejected() =>
        Assert.Throws<ArgumentException>(() => WalkingDistance.Tour(Layout, [new(0, 1)], [0, 1]));

    [Fact]
    public void A_layout_keeps_its_own_copy_of_the_aisle_positions()
    {
        double[] x = [0, 3, 6];
        var layout = new AisleLayout(x, 10, 0);
        x[2] = -1;
        Assert.Equal(6, layout.AisleX[2]);
    }
}
