using Commerce.Warehouse.Domain.Routing;
using CsCheck;

namespace Commerce.Warehouse.Tests.Routing;

public sealed class OrderBatcherTests
{
    private static Gen<BatchCandidate<int>[]> Orders(AisleLayout layout, int maxOrders) =>
        Gen.Select(RoutingGen.Pick(layout).Array[0, 3], Gen.Int[0, 6]).Array[0, maxOrders]
            .Select(orders => orders.Select((o, i) => new BatchCandidate<int>(i, o.Item1, o.Item2)).ToArray());

    private static readonly Gen<(AisleLayout Layout, BatchCandidate<int>[] Orders, BatchLimits Limits)> Pools =
        from layout in RoutingGen.Layout
        from orders in Orders(layout, 25)
        from maxOrders in Gen.Int[1, 6]
        from maxUnits in Gen.Int[1, 15]
        select (layout, orders, new BatchLimits(maxOrders, maxUnits));

    [Fact]
    public void Every_order_lands_in_exactly_one_batch_within_the_limits()
    {
        Pools.Sample(p =>
        {
            var batches = OrderBatcher.Batch(p.Layout, p.Orders, p.Limits);
            Assert.Equal(p.Orders.Select(o => o.Order), batches.SelectMany(b => b).Order());
            Assert.All(batches, b =>
            {
                Assert.InRange(b.Count, 1, p.Limits.MaxOrders);
                if (b.Count > 1) Assert.True(b.Sum(key => p.Orders[key].Units) <= p.Limits.MaxUnits);
            });
        }, iter: 300);
    }

    [Fact]
    public void The_same_orders_are_batched_the_same_way()
    {
        Pools.Sample(p => Assert.Equal(OrderBatcher.Batch(p.Layout, p.Orders, p.Limits), OrderBatcher.Batch(p.Layout, p.Orders, p.Limits)), iter: 100);
    }

    [Fact]
    public void One_batched_route_is_never_longer_than_the_orders_routes_one_by_one()
    {
        RoutingGen.Layout.SelectMany(l => Orders(l, 6).Select(o => (l, o))).Sample(c =>
        {
            var (layout, orders) = c;
            var together = PickRouter.Route(layout, orders.SelectMany(o => o.Picks).ToList(), RoutingMethod.Optimal).Length;
            var oneByOne = orders.Sum(o => PickRouter.Route(layout, o.Picks, RoutingMethod.Optimal).Length);
            Assert.True(together <= oneByOne + 1e-9);
        }, iter: 1000);
    }

    [Fact]
    public void Orders_in_the_same_aisles_go_on_the_same_trip()
    {
        // Ten aisles 3 m apart with the depot in the middle; two orders at the far right, two at the far left, interleaved.
        // The seed is right-1 (13.5 + 18 each way = 63 m alone, the longest); right-2 adds 4 m to its route, a left one over 27 m.
        var layout = new AisleLayout([.. Enumerable.Range(0, 10).Select(i => 3.0 * i)], 20, 13.5);
        BatchCandidate<string>[] orders =
        [
            new("left-1", [new(0, 15)], 1),
            new("right-1", [new(9, 18)], 1),
            new("left-2", [new(1, 16)], 1),
            new("right-2", [new(8, 17)], 1),
        ];

        var batches = OrderBatcher.Batch(layout, orders, new BatchLimits(2, 10));

        Assert.Equal([["right-1", "right-2"], ["left-1", "left-2"]], batches);
    }

    [Fact]
    public void An_order_over_the_unit_limit_gets_a_trip_of_its_own()
    {
        var layout = new AisleLayout([0, 3], 10, 0);
        BatchCandidate<int>[] orders = [new(1, [new(0, 5)], 2), new(2, [new(0, 5)], 50), new(3, [new(0, 6)], 2)];

        var batches = OrderBatcher.Batch(layout, orders, new BatchLimits(5, 10));

        Assert.Equal(2, batches.Count);
        Assert.Contains(batches, b => b.SequenceEqual([2]));
        Assert.Contains(batches, b => b.Order().SequenceEqual([1, 3]));
    }

    [Fact]
    public void Unusable_limits_and_repeated_orders_are_rejected()
    {
        var layout = new AisleLayout([0, 3], 10, 0);
        BatchCandidate<int>[] orders = [new(1, [new(0, 5)], 1)];
        Assert.Throws<ArgumentException>(() => OrderBatcher.Batch(layout, orders, new BatchLimits(0, 10)));
        Assert.Throws<ArgumentException>(() => OrderBatcher.Batch(layout, orders, new BatchLimits(2, 0)));
        Assert.Throws<ArgumentException>(() => OrderBatcher.Batch(layout, [orders[0], orders[0]], new BatchLimits(2, 10)));
        Assert.Throws<ArgumentException>(() => OrderBatcher.Batch(layout, [new BatchCandidate<int>(1, [new(5, 1)], 1)], new BatchLimits(2, 10)));
    }
}
