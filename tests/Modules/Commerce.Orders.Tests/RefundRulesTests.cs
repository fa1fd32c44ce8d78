using Commerce.Orders.Contracts;
using Commerce.Orders.Domain;
using CsCheck;

namespace Commerce.Orders.Tests;

public sealed class RefundRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Lines of the given quantities at 10.00 each.</summary>
    private static Order NewOrder(params int[] quantities) => Order.Place(
        new NewOrder("api", "X-1", "Ada", "ada@example.com", null, "Ada", "1 St", null, "Austin", "TX", "78701", "US",
            ServiceLevel.Standard),
        quantities.Select((q, i) => new NewOrderLine($"SKU-{i}", q, 10m, "USD")).ToList(), Now, "tester");

    private static void Refund(Order order, decimal amount, params RefundLineRequest[] lines)
    {
        order.AddRefund(new OrderRefund { OrderId = order.Id, Amount = amount, Currency = order.Currency, At = Now, Actor = "tester" }, lines);
    }

    [Fact]
    public void A_refund_within_what_is_left_passes()
    {
        var order = NewOrder(2, 1);
        Assert.Empty(RefundRules.Check(order, 30m, [new RefundLineRequest(1, 2), new RefundLineRequest(2, 1)]));
    }

    [Fact]
    public void What_was_refunded_already_here_or_by_the_channel_counts_against_the_total()
    {
        var order = NewOrder(3);
        Refund(order, 12.5m, new RefundLineRequest(1, 1));
        order.AddRefund(new OrderRefund
        {
            OrderId = order.Id, Amount = 7.5m, Currency = "USD", Origin = RefundOrigin.Channel, ChannelRefundId = "r1", At = Now, Actor = "channel:shop",
        }, []);

        Assert.Equal(20m, RefundRules.Refunded(order));
        Assert.Equal(10m, RefundRules.Refundable(order));
        var problem = Assert.Single(RefundRules.Check(order, 10.01m, []));
        Assert.Equal("amount", problem.Field);
        Assert.Equal("must be at most 10.00 USD: the order's 30.00 USD less 20.00 USD refunded already.", problem.Message);
        Assert.Equal("lines[0].quantity", Assert.Single(RefundRules.Check(order, 1m, [new RefundLineRequest(1, 3)])).Field);
    }

    [Fact]
    public void A_channel_refund_in_another_currency_is_not_counted_against_the_orders_total()
    {
        var order = NewOrder(1);
        order.AddRefund(new OrderRefund { OrderId = order.Id, Amount = 9m, Currency = "CAD", At = Now, Actor = "channel:shop" }, []);
        Assert.Equal(10m, RefundRules.Refundable(order));
    }

    [Fact]
    public void Lines_the_order_does_not_have_named_twice_or_of_no_units_are_each_named()
    {
        var order = NewOrder(2, 2);
        var problems = RefundRules.Check(order, 1m, [new RefundLineRequest(3, 1), new RefundLineRequest(2, 0), new RefundLineRequest(1, 1), new RefundLineRequest(1, 1)]);

        Assert.Equal(["lines[0].lineNumber", "lines[1].quantity", "lines[3].lineNumber"], problems.Select(p => p.Field));
    }

    [Fact]
    public void A_refund_adds_to_the_orders_revision_so_that_two_at_once_cannot_both_be_saved()
    {
        var order = NewOrder(1);
        var before = order.Revision;
        Refund(order, 1m);
        Assert.Equal(before + 1, order.Revision);
    }

    [Fact]
    public void Whatever_is_asked_refunds_never_exceed_the_total_nor_a_lines_units()
    {
        var requests = Gen.Select(Gen.Int[0, 4000], Gen.Int[1, 3], Gen.Int[0, 4])
            .Select((cents, line, units) => (Amount: cents / 100m, Lines: units == 0 ? Array.Empty<RefundLineRequest>() : [new RefundLineRequest(line, units)]))
            .Array[1, 12];
        Gen.Select(Gen.Int[1, 4].Array[3], requests).Sample((quantities, asked) =>
        {
            var order = NewOrder(quantities);
            foreach (var (amount, lines) in asked)
            {
                var (refunded, revision) = (RefundRules.Refunded(order), order.Revision);
                if (RefundRules.Check(order, amount, lines).Count == 0) Refund(order, amount, lines);
                else Assert.Equal((refunded, revision), (RefundRules.Refunded(order), order.Revision));
            }

            Assert.InRange(RefundRules.Refunded(order), 0m, order.Total);
            Assert.All(order.Lines, l => Assert.InRange(RefundRules.RefundedUnits(order, l.LineNumber), 0, l.Quantity));
        });
    }
}
