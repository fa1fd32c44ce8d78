using Commerce.Integrations.Abstractions.Storefronts;
using Commerce.Integrations.Shopify.Mapping;

namespace Commerce.Integrations.Shopify.Tests.Mapping;

public sealed class RefundMapperTests
{
    private static StoreRefundCreated Map(string body) => RefundMapper.Map(Recorded.Json(body));

    [Fact]
    public void Shopifys_sample_refund_maps_every_field()
    {
        var refund = Map(Recorded.RefundBody);

        Assert.Equal("450789469", refund.ExternalOrderId);
        Assert.Equal("509562969", refund.RefundId);
        Assert.Equal(209.00m, refund.Amount);
        Assert.Equal("USD", refund.Currency);
        Assert.Equal("it broke during shipping", refund.Reason);
        Assert.Equal(new DateTimeOffset(2016, 6, 20, 13, 35, 6, TimeSpan.FromHours(-4)), refund.At);
        // The sample predates restock_type: its refund-level "restock": true applies to every line.
        Assert.Equal(
            [new StoreRefundLine("703073504", "IPOD2008BLACK", 1, true), new StoreRefundLine("466157049", "IPOD2008GREEN", 1, true)],
            refund.Lines);
    }

    [Fact]
    public void A_line_with_a_restock_type_says_itself_whether_it_went_back_into_stock()
    {
        var body = Recorded.RefundBody
            .Replace("\"line_item_id\": 703073504,", "\"line_item_id\": 703073504, \"restock_type\": \"no_restock\",")
            .Replace("\"line_item_id\": 466157049,", "\"line_item_id\": 466157049, \"restock_type\": \"return\",")
            .Replace("\"restock\": true", "\"restock\": false");

        var refund = Map(body);

        Assert.False(refund.Lines[0].Restock);
        Assert.True(refund.Lines[1].Restock);
    }

    [Fact]
    public void A_failed_refund_transaction_returned_no_money()
    {
        var refund = Map(Recorded.RefundBody.Replace("\"status\": \"success\"", "\"status\": \"failure\""));

        Assert.Equal(0m, refund.Amount);
    }

    [Fact]
    public void Big_ids_are_kept_exactly()
    {
        var refund = Map(Recorded.RefundBody
            .Replace("\"id\": 509562969", "\"id\": 920982911946154509")
            .Replace("\"order_id\": 450789469,\n      \"created_at\"", "\"order_id\": 820982911946154508,\n      \"created_at\""));

        Assert.Equal("920982911946154509", refund.RefundId);
        Assert.Equal("820982911946154508", refund.ExternalOrderId);
    }

    [Fact]
    public void A_refund_without_money_has_no_currency()
    {
        var refund = Map("""{"id": 5, "order_id": 7, "created_at": "2025-02-03T04:05:06Z", "note": null, "refund_line_items": [], "transactions": []}""");

        Assert.Equal(0m, refund.Amount);
        Assert.Equal(RefundMapper.NoCurrency, refund.Currency);
        Assert.Null(refund.Reason);
        Assert.Empty(refund.Lines);
    }

    [Theory]
    [InlineData("\"id\": 509562969", "\"id\": null", "no numeric id")]
    [InlineData("\"order_id\": 450789469,\n      \"created_at\"", "\"order_id\": null,\n      \"created_at\"", "order_id")]
    [InlineData("\"created_at\": \"2016-06-20T13:35:06-04:00\"", "\"created_at\": null", "created_at")]
    public void A_refund_missing_what_it_needs_is_malformed(string field, string replacement, string reason)
    {
        var body = Recorded.RefundBody.Replace(field, replacement);
        Assert.NotEqual(Recorded.RefundBody, body);

        var error = Assert.Throws<StorefrontException>(() => Map(body));

        Assert.Equal(StorefrontErrorKind.Malformed, error.Kind);
        Assert.Contains(reason, error.Message);
    }
}
