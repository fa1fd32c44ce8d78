using Commerce.Orders.Domain;
using CsCheck;

namespace Commerce.Orders.Tests;

public sealed class OrderTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    private static Order NewOrder(params int[] quantities) => Order.Place(
        new NewOrder("api", "X-1", "Ada", "ada@example.com", null, "Ada", "1 St", null, "Austin", "TX", "78701", "US",
            ServiceLevel.Standard),
        quantities.Select((q, i) => new NewOrderLine($"SKU-{i}", q, 10m, "USD")).ToList(), Now, "tester");

    [Fact]
    public void Status_is_derived_from_what_is_allocated()
    {
        Gen.Int[1, 9].Array[1, 5].SelectMany(q => Gen.Int[0, 9].Array[q.Length].Select(a => (q, a))).Sample(t =>
        {
            var order = NewOrder(t.q);
            var allocated = t.q.Select((q, i) => Math.Min(q, t.a[i])).ToArray();
            order.ApplyAllocation(1, allocated.Select((a, i) => (i + 1, a)).ToDictionary(x => x.Item1, x => x.a), ["MAIN"], Now, "inventory");

            var expected = allocated.Sum() == 0 ? OrderStatus.Backordered
                : allocated.Zip(t.q).All(x => x.First >= x.Second) ? OrderStatus.Allocated
                : OrderStatus.PartiallyAllocated;
            Assert.Equal(expected, order.Status);
        });
    }

    [Fact]
    public void An_older_or_repeated_allocation_changes_nothing()
    {
        var order = NewOrder(2);
        order.ApplyAllocation(2, new Dictionary<int, int> { [1] = 2 }, ["MAIN"], Now, "inventory");
        Assert.Null(order.ApplyAllocation(1, new Dictionary<int, int> { [1] = 0 }, ["MAIN"], Now, "inventory"));
        Assert.Null(order.ApplyAllocation(2, new Dictionary<int, int> { [1] = 0 }, ["MAIN"], Now, "inventory"));
        Assert.Equal(OrderStatus.Allocated, order.Status);
        Assert.Equal(2, order.History.Count);
    }

    [Fact]
    public void A_cancelled_order_ignores_later_allocations_and_a_second_cancel()
    {
        var order = NewOrder(1);
        Assert.NotNull(order.Cancel("changed mind", Now, "agent"));
        Assert.Null(order.Cancel("again", Now, "agent"));
        Assert.Null(order.ApplyAllocation(5, new Dictionary<int, int> { [1] = 1 }, ["MAIN"], Now, "inventory"));
        Assert.Equal(OrderStatus.Cancelled, order.Status);
        Assert.Equal(["Placed", "Cancelled"], order.History.Select(h => h.To.ToString()).ToArray());
    }

    [Fact]
    public void The_total_is_the_sum_of_the_lines() => Assert.Equal(60m, NewOrder(1, 2, 3).Total);

    [Fact]
    public void An_order_split_over_two_locations_is_shipped_and_delivered_only_when_both_parts_are()
    {
        var order = NewOrder(2, 1);
        order.ApplyAllocation(1, new Dictionary<int, int> { [1] = 2, [2] = 1 }, ["RNO", "ALB", "RNO"], Now, "inventory");

        Assert.Equal(OrderStatus.PartiallyShipped, order.MarkShipped("RNO", Now, "shipping", "")!.To);
        Assert.Null(order.Cancel("too late", Now, "agent"));
        Assert.Equal(OrderStatus.Shipped, order.MarkShipped("ALB", Now, "shipping", "")!.To);
        Assert.Null(order.MarkDelivered("RNO", Now, "shipping", ""));
        Assert.Equal(OrderStatus.Shipped, order.Status);
        Assert.Equal(OrderStatus.Delivered, order.MarkDelivered("ALB", Now, "shipping", "")!.To);
    }

    [Fact]
    public void Voiding_one_location_s_labels_takes_the_order_back_to_partly_shipped_then_to_its_allocation()
    {
        var order = NewOrder(1, 1);
        order.ApplyAllocation(1, new Dictionary<int, int> { [1] = 1, [2] = 1 }, ["RNO", "ALB"], Now, "inventory");
        order.MarkShipped("RNO", Now, "shipping", "");
        order.MarkShipped("ALB", Now, "shipping", "");

        Assert.Equal(OrderStatus.PartiallyShipped, order.MarkUnshipped("ALB", Now, "shipping")!.To);
        Assert.Equal(OrderStatus.Allocated, order.MarkUnshipped("RNO", Now, "shipping")!.To);
    }
}
