using System.Text.Json.Nodes;
using Commerce.Integrations.Abstractions.Storefronts;
using Commerce.Integrations.Shopify.Mapping;
using CsCheck;

namespace Commerce.Integrations.Shopify.Tests.Mapping;

public sealed class OrderMapperTests
{
    internal static StoreOrder Map(string body) => OrderMapper.Map(Recorded.Json(body));

    [Fact]
    public void Shopifys_sample_order_maps_every_field()
    {
        var order = Map(Recorded.OrderBody);

        Assert.Equal("450789469", order.ExternalId);
        Assert.Equal("#1001", order.Number);
        Assert.Equal("authorized", order.Status);
        Assert.Equal(new DateTimeOffset(2008, 1, 10, 11, 0, 0, TimeSpan.FromHours(-5)), order.CreatedAt);
        Assert.Equal(new DateTimeOffset(2008, 1, 10, 11, 0, 0, TimeSpan.FromHours(-5)), order.UpdatedAt);
        Assert.Equal(new StoreCustomer("Bob Norman", "bob.norman@hostmail.com", "555-625-1199"), order.Customer);
        Assert.Equal(new StoreAddress("Bob Norman", "Chestnut Street 92", null, "Louisville", "KY", "40202", "US"), order.ShippingAddress);
        Assert.Equal("USD", order.Currency);
        Assert.Equal(409.94m, order.Total);
        Assert.Equal("standard", order.ServiceLevel);
        Assert.Equal(
            [
                new StoreOrderLine("466157049", "IPOD2008GREEN", "IPod Nano - 8gb", 1, 199.00m),
                new StoreOrderLine("518995019", "IPOD2008RED", "IPod Nano - 8gb", 1, 199.00m),
                new StoreOrderLine("703073504", "IPOD2008BLACK", "IPod Nano - 8gb", 1, 199.00m),
            ],
            order.Lines);
        Assert.False(order.Cancelled);
        Assert.Null(order.CancelReason);
    }

    [Fact]
    public void An_order_from_the_orders_list_takes_the_orders_phone_and_payment_status()
    {
        var listed = Recorded.Json(Recorded.Text("rest-admin/orders.json")).GetProperty("orders")[0];

        var order = OrderMapper.Map(listed);

        Assert.Equal("450789469", order.ExternalId);
        Assert.Equal("partially_refunded", order.Status);
        Assert.Equal(new StoreCustomer("Bob Norman", "bob.norman@hostmail.com", "+557734881234"), order.Customer);
        Assert.Equal(598.94m, order.Total);
        Assert.Equal("KY", order.ShippingAddress!.Region);
        Assert.Empty(order.Lines);
        Assert.Null(order.ServiceLevel);
    }

    [Fact]
    public void Shopifys_64_bit_ids_are_kept_to_the_last_digit()
    {
        var body = Recorded.OrderBody
            .Replace("\"id\": 450789469", "\"id\": 820982911946154508")
            .Replace("\"id\": 466157049", "\"id\": 9223372036854775807");

        var order = Map(body);

        Assert.Equal("820982911946154508", order.ExternalId);
        Assert.Equal("9223372036854775807", order.Lines[0].ExternalLineId);
        // What a double would have made of them: the reason ids are read from the number's text.
        Assert.NotEqual("820982911946154508", ((long)(double)820982911946154508L).ToString());
    }

    [Fact]
    public void Any_64_bit_id_round_trips_exactly()
    {
        Gen.Select(Gen.Long[1, long.MaxValue], Gen.Long[1, long.MaxValue]).Sample((orderId, lineId) =>
        {
            var order = Map(Recorded.OrderBody
                .Replace("\"id\": 450789469", $"\"id\": {orderId}")
                .Replace("\"id\": 518995019", $"\"id\": {lineId}"));
            return order.ExternalId == orderId.ToString() && order.Lines[1].ExternalLineId == lineId.ToString();
        });
    }

    [Fact]
    public void Ids_sent_as_strings_are_read_too()
    {
        var order = Map(Recorded.OrderBody.Replace("\"id\": 450789469", "\"id\": \"820982911946154508\""));

        Assert.Equal("820982911946154508", order.ExternalId);
    }

    [Theory]
    [InlineData("\"sku\": \"\"")]
    [InlineData("\"sku\": null")]
    [InlineData("\"sku\": \"   \"")]
    public void A_line_without_a_sku_has_a_null_sku(string sku)
    {
        var order = Map(Recorded.OrderBody.Replace("\"sku\": \"IPOD2008RED\"", sku));

        Assert.Null(order.Lines[1].Sku);
        Assert.Equal("518995019", order.Lines[1].ExternalLineId);
        Assert.Equal("IPOD2008GREEN", order.Lines[0].Sku);
    }

    [Fact]
    public void A_line_edited_after_the_order_was_placed_counts_its_current_quantity_not_the_quantity_first_ordered()
    {
        static string Edited(int currentQuantity)
        {
            var order = JsonNode.Parse(Recorded.OrderBody)!;
            foreach (var line in order["line_items"]!.AsArray()) line!["current_quantity"] = currentQuantity;
            return order.ToJsonString();
        }

        Assert.All(Map(Edited(3)).Lines, line => Assert.Equal(3, line.Quantity));
        Assert.All(Map(Edited(0)).Lines, line => Assert.Equal(0, line.Quantity));
        Assert.All(Map(Recorded.OrderBody).Lines, line => Assert.Equal(1, line.Quantity));
    }

    [Fact]
    public void A_cancelled_order_is_marked_with_its_reason()
    {
        var order = Map(Recorded.OrderBody
            .Replace("\"cancelled_at\": null", "\"cancelled_at\": \"2008-01-10T12:00:00-05:00\"")
            .Replace("\"cancel_reason\": null", "\"cancel_reason\": \"customer\""));

        Assert.True(order.Cancelled);
        Assert.Equal("customer", order.CancelReason);
        Assert.Equal("cancelled", order.Status);
    }

    [Fact]
    public void The_customer_falls_back_to_the_shipping_address_and_contact_email()
    {
        var body = """
            {"id": 1, "created_at": "2025-01-02T03:04:05Z", "currency": "eur", "total_price": "10.00",
             "contact_email": "ann@example.com",
             "shipping_address": {"first_name": "Ann", "last_name": "Lee", "address1": "1 Main St", "address2": "Flat 2",
                                  "city": "Dublin", "province": "Leinster", "zip": "D01", "country_code": "ie", "phone": "+3531"}}
            """;

        var order = Map(body);

        Assert.Equal(new StoreCustomer("Ann Lee", "ann@example.com", "+3531"), order.Customer);
        Assert.Equal(new StoreAddress("Ann Lee", "1 Main St", "Flat 2", "Dublin", "Leinster", "D01", "IE"), order.ShippingAddress);
        Assert.Equal("EUR", order.Currency);
        Assert.Equal(order.CreatedAt, order.UpdatedAt);
        Assert.Equal("open", order.Status);
        Assert.Null(order.Number);
    }

    [Theory]
    [InlineData("paid", null, "paid")]
    [InlineData("paid", "partial", "partial")]
    [InlineData("paid", "fulfilled", "fulfilled")]
    [InlineData("refunded", "fulfilled", "refunded")]
    [InlineData("voided", null, "voided")]
    [InlineData("pending", null, "pending")]
    [InlineData(null, null, "open")]
    public void The_status_comes_from_the_payment_and_fulfillment_states(string? financial, string? fulfillment, string expected)
    {
        var body = $$"""
            {"id": 1, "created_at": "2025-01-02T03:04:05Z", "currency": "USD", "total_price": "1.00",
             "financial_status": {{Quoted(financial)}}, "fulfillment_status": {{Quoted(fulfillment)}}}
            """;

        Assert.Equal(expected, Map(body).Status);
    }

    [Theory]
    [InlineData("\"id\": 450789469", "\"id\": null", "no numeric id")]
    [InlineData("\"id\": 450789469", "\"id\": 4.5e8", "no numeric id")]
    [InlineData("\"created_at\": \"2008-01-10T11:00:00-05:00\"", "\"created_at\": \"yesterday\"", "created_at")]
    [InlineData("\"currency\": \"USD\"", "\"currency\": null", "currency")]
    [InlineData("\"total_price\": \"409.94\"", "\"total_price\": \"lots\"", "total_price")]
    [InlineData("\"id\": 466157049", "\"id\": \"abc\"", "line 1")]
    public void An_order_missing_what_it_needs_is_malformed_and_says_what(string field, string replacement, string reason)
    {
        var error = Assert.Throws<StorefrontException>(() => Map(Recorded.OrderBody.Replace(field, replacement)));

        Assert.Equal(StorefrontErrorKind.Malformed, error.Kind);
        Assert.Contains(reason, error.Message);
    }

    private static string Quoted(string? value) => value is null ? "null" : $"\"{value}\"";
}
