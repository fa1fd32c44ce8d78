using Commerce.Integrations.Abstractions.Fulfillment;
using Commerce.Integrations.SupplierEmail.Mapping;
using CsCheck;

namespace Commerce.Integrations.SupplierEmail.Tests.Mapping;

public sealed class PurchaseOrderLinesTests
{
    [Fact]
    public void A_line_costs_its_quantity_times_its_unit_cost_and_the_order_the_sum()
    {
        var order = Orders.PurchaseOrder();

        Assert.Equal(6.50m, PurchaseOrderLines.LineTotal(order.Lines[0]));
        Assert.Equal(12.375m, PurchaseOrderLines.LineTotal(order.Lines[1]));
        Assert.Equal(18.875m, PurchaseOrderLines.Total(order));
    }

    [Fact]
    public void Without_every_unit_cost_there_is_no_total()
    {
        var order = Orders.PurchaseOrder() with
        {
            Lines = [new FulfillmentRequestLine(1, "A", null, 2, 3m), new FulfillmentRequestLine(2, "B", null, 1, null)],
        };

        Assert.Null(PurchaseOrderLines.LineTotal(order.Lines[1]));
        Assert.Null(PurchaseOrderLines.Total(order));
        Assert.Equal("not stated", PurchaseOrderLines.Money(PurchaseOrderLines.Total(order), "GBP"));
    }

    [Theory]
    [InlineData("3", "3.00")]
    [InlineData("3.5", "3.50")]
    [InlineData("4.125", "4.125")]
    [InlineData("1234567.891", "1234567.891")]
    [InlineData("0", "0.00")]
    public void Amounts_keep_at_least_two_decimals_and_any_more_they_have(string amount, string written)
    {
        Assert.Equal(written, PurchaseOrderLines.Amount(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void The_total_is_the_sum_of_the_line_totals_for_any_lines()
    {
        Gen.Select(Gen.Int[1, 1000], Gen.Decimal[0m, 5000m].Select(d => decimal.Round(d, 3))).Array[1, 20].Sample(lines =>
        {
            var order = Orders.PurchaseOrder() with
            {
                Lines = lines.Select((l, i) => new FulfillmentRequestLine(i + 1, $"SKU-{i}", null, l.Item1, l.Item2)).ToArray(),
            };

            Assert.Equal(lines.Sum(l => l.Item1 * l.Item2), PurchaseOrderLines.Total(order));
        });
    }
}
