using System.Text.Json;
using System.Text.Json.Nodes;
using Commerce.Integrations.Abstractions.Storefronts;
using Commerce.Integrations.WooCommerce.Mapping;
using CsCheck;

namespace Commerce.Integrations.WooCommerce.Tests.Mapping;

public sealed class RefundRequestTests
{
    private static RefundPush Refund(decimal amount, params RefundPushLine[] lines) =>
        new("rf-20261119-7", "727", amount, "USD", "Damaged in transit", lines);

    private static IEnumerable<JsonElement> OrderLines => Recorded.Json(Recorded.Retrieve).GetProperty("line_items").EnumerateArray();

    [Fact]
    public void The_body_carries_the_amount_our_marker_in_the_reason_and_records_only_by_default()
    {
        var refund = Refund(12m, new RefundPushLine("316", "Bar3", 1, Restock: true));

        var body = RefundRequest.Body(refund, RefundRequest.Lines(refund, OrderLines), recordOnly: true);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""
            {"amount":"12.00","reason":"Damaged in transit [commerce-refund:rf-20261119-7]","api_refund":false,"api_restock":false,
             "line_items":[{"id":316,"quantity":1,"refund_total":12.00}]}
            """), body), body.ToJsonString());
        Assert.True(RefundRequest.Body(refund, [], recordOnly: false)["api_refund"]!.GetValue<bool>());
    }

    [Fact]
    public void Lines_are_found_by_our_line_id_or_by_sku_and_priced_at_their_unit_total()
    {
        var refund = Refund(50m, new RefundPushLine(null, "bar3", 1, false), new RefundPushLine("315", "", 1, false), new RefundPushLine(null, "NOPE", 1, false));

        var lines = RefundRequest.Lines(refund, OrderLines);

        Assert.Equal([new RefundLine("316", 1, 12.00m), new RefundLine("315", 1, 3.00m)], lines);
    }

    [Fact]
    public void Lines_worth_more_than_the_amount_are_scaled_down_to_it()
    {
        // 2 × 3.00 + 1 × 12.00 = 18.00 of goods, 9.00 refunded.
        var refund = Refund(9m, new RefundPushLine("315", "", 2, false), new RefundPushLine("316", "Bar3", 1, false));

        var lines = RefundRequest.Lines(refund, OrderLines);

        Assert.Equal([new RefundLine("315", 2, 3.00m), new RefundLine("316", 1, 6.00m)], lines);
    }

    [Fact]
    public void A_reason_less_refund_carries_only_the_marker()
    {
        Assert.Equal("[commerce-refund:r1]", RefundRequest.Reason(new RefundPush("r1", "727", 1m, "USD", "  ", [])));
        Assert.Equal("30.50", RefundRequest.Money(30.5m));
        Assert.Equal("0.125", RefundRequest.Money(0.125m));
    }

    [Fact]
    public void A_recorded_refund_is_recognised_by_our_marker_in_its_reason()
    {
        var documented = Recorded.Json("rest-v3/order-refunds-create.response.json"); // reason ""
        var ours = Recorded.Node("rest-v3/order-refunds-create.response.json");
        ours["reason"] = "Damaged in transit [commerce-refund:rf-20261119-7]";

        Assert.False(RefundRequest.AlreadyRecorded([documented], "rf-20261119-7"));
        Assert.True(RefundRequest.AlreadyRecorded([documented, ours.Element()], "rf-20261119-7"));
        Assert.False(RefundRequest.AlreadyRecorded([ours.Element()], "rf-20261119"));
    }

    [Fact]
    public void Line_refund_totals_never_exceed_the_amount_nor_a_lines_value()
    {
        Gen.Select(Gen.Decimal[0m, 500m].Array[0, 8], Gen.Decimal[0m, 1000m]).Sample((values, amount) =>
        {
            amount = Math.Round(amount, 2);
            var lines = values.Select((v, i) => ($"{i + 1}", 1, Math.Round(v, 4))).ToList();

            var allocated = RefundRequest.Allocate(lines, amount);

            Assert.Equal(lines.Select(l => l.Item1), allocated.Select(a => a.LineId));
            Assert.True(allocated.Sum(a => a.RefundTotal) <= amount);
            Assert.All(allocated.Zip(lines), p => Assert.InRange(p.First.RefundTotal, 0m, p.Second.Item3));
            Assert.All(allocated, a => Assert.Equal(a.RefundTotal, Math.Round(a.RefundTotal, 2)));
            // Nothing is scaled when the lines fit in the amount: each is its value to the cent below.
            if (lines.Sum(l => l.Item3) <= amount)
                Assert.All(allocated.Zip(lines), p => Assert.True(p.Second.Item3 - p.First.RefundTotal < 0.01m));
        });
    }
}
