using System.Text.Json;
using System.Text.Json.Nodes;
using Commerce.Integrations.Abstractions.Storefronts;
using Commerce.Integrations.WooCommerce.Mapping;

namespace Commerce.Integrations.WooCommerce.Tests.Mapping;

public sealed class OrderMapperTests
{
    [Theory]
    [InlineData(Recorded.Retrieve)]
    [InlineData(Recorded.Create)]
    public void A_documented_order_maps_every_field(string fixture)
    {
        var order = OrderMapper.Map(Recorded.Json(fixture));

        Assert.Equal("727", order.ExternalId);
        Assert.Equal("727", order.Number);
        Assert.Equal("processing", order.Status);
        Assert.Equal(new DateTimeOffset(2017, 3, 22, 19, 28, 2, TimeSpan.Zero), order.CreatedAt);
        Assert.Equal(new DateTimeOffset(2017, 3, 22, 19, 28, 8, TimeSpan.Zero), order.UpdatedAt);
        Assert.Equal(new StoreCustomer("John Doe", "john.doe@example.com", "(555) 555-5555"), order.Customer);
        Assert.Equal(new StoreAddress("John Doe", "969 Market", null, "San Francisco", "CA", "94103", "US"), order.ShippingAddress);
        Assert.Equal("USD", order.Currency);
        Assert.Equal(29.35m, order.Total);
        Assert.Equal("standard", order.ServiceLevel);
        Assert.Equal(
            [
                new StoreOrderLine("315", null, "Woo Single #1", 2, 3m),
                new StoreOrderLine("316", "Bar3", "Ship Your Idea – Color: Black, Size: M Test", 1, 12m),
            ],
            order.Lines);
        Assert.False(order.Cancelled);
        Assert.Null(order.CancelReason);
    }

    [Fact]
    public void Dates_are_the_gmt_fields_read_as_utc_not_the_site_local_ones()
    {
        var order = OrderMapper.Map(Recorded.Json(Recorded.Retrieve));

        // date_created is 16:28:02 in the site's time zone; date_created_gmt is 19:28:02.
        Assert.Equal(TimeSpan.Zero, order.CreatedAt.Offset);
        Assert.Equal(19, order.CreatedAt.Hour);
        Assert.Equal(TimeSpan.Zero, order.UpdatedAt.Offset);
    }

    [Fact]
    public void A_list_maps_each_order_and_lines_without_a_sku_have_none()
    {
        var orders = Recorded.Json(Recorded.List).EnumerateArray().Select(OrderMapper.Map).ToList();

        Assert.Equal(["727", "723"], orders.Select(o => o.ExternalId));
        var completed = orders[1];
        Assert.Equal("completed", completed.Status);
        Assert.Equal(new DateTimeOffset(2017, 3, 21, 19, 54, 51, TimeSpan.Zero), completed.UpdatedAt);
        Assert.Equal(new StoreCustomer("João Silva", "joao.silva@example.com", "(11) 1111-1111"), completed.Customer);
        Assert.Equal(new StoreAddress("João Silva", "Av. Brasil, 432", null, "Rio de Janeiro", "RJ", "12345-000", "BR"), completed.ShippingAddress);
        Assert.Equal(39.00m, completed.Total);
        Assert.Equal("standard", completed.ServiceLevel); // "flat_rate:25", an old method id with its instance
        Assert.Equal([("311", (string?)null, 1, 9m), ("313", null, 1, 20m)], completed.Lines.Select(l => (l.ExternalLineId, l.Sku, l.Quantity, l.UnitPrice)));
        Assert.False(completed.Cancelled);
    }

    [Fact]
    public void Our_webhook_payload_maps_entities_a_second_address_line_and_express_shipping()
    {
        var order = OrderMapper.Map(Recorded.Json(Recorded.OwnWebhook));

        Assert.Equal("4182", order.ExternalId);
        Assert.Equal("on-hold", order.Status);
        Assert.Equal(new DateTimeOffset(2026, 10, 14, 7, 41, 7, TimeSpan.Zero), order.CreatedAt);
        Assert.Equal(new DateTimeOffset(2026, 10, 14, 7, 43, 55, TimeSpan.Zero), order.UpdatedAt);
        Assert.Equal(new StoreCustomer("Ilse Brandt", "ilse.brandt@example.org", "+49 40 5550147"), order.Customer);
        Assert.Equal(new StoreAddress("Ilse Brandt", "Lange Reihe 9", "Hinterhaus, 2. OG", "Hamburg", null, "20099", "DE"), order.ShippingAddress);
        Assert.Equal(("EUR", 32.08m), (order.Currency, order.Total));
        Assert.Equal("expedited", order.ServiceLevel);
        Assert.Equal(
            [
                new StoreOrderLine("9051", "TEA-ASSAM-250", "Assam Halmari, loose leaf 250 g", 2, 8.9m),
                new StoreOrderLine("9052", null, "Tea filter bags & clip – Size: M", 1, 4.5m),
            ],
            order.Lines);
    }

    [Theory]
    [InlineData("cancelled", true, null)]
    [InlineData("trash", true, "trashed")]
    [InlineData("refunded", true, "refunded")]
    [InlineData("processing", false, null)]
    [InlineData("on-hold", false, null)]
    [InlineData("pending", false, null)]
    [InlineData("failed", false, null)]
    [InlineData("completed", false, null)]
    public void The_status_decides_whether_the_order_is_cancelled(string status, bool cancelled, string? reason)
    {
        var payload = Recorded.Node(Recorded.Retrieve);
        payload["status"] = status;

        var order = OrderMapper.Map(payload.Element());

        Assert.Equal(status, order.Status);
        Assert.Equal((cancelled, reason), (order.Cancelled, order.CancelReason));
    }

    [Fact]
    public void A_refund_in_full_after_the_order_was_completed_is_a_return_not_a_cancellation()
    {
        var payload = Recorded.Node(Recorded.List)[1]!.DeepClone(); // completed on 2017-03-21, date_completed_gmt set
        payload["status"] = "refunded";

        var order = OrderMapper.Map(payload.Element());

        Assert.Equal("refunded", order.Status);
        Assert.False(order.Cancelled);
    }

    [Fact]
    public void A_shipping_address_without_names_is_named_after_the_company_and_an_empty_one_is_none()
    {
        var payload = Recorded.Node(Recorded.OwnWebhook);
        payload["shipping"]!["first_name"] = "";
        payload["shipping"]!["last_name"] = "";
        Assert.Equal("Teekontor Brandt", OrderMapper.Map(payload.Element()).ShippingAddress!.Name);

        // Orders that need no shipping come with every shipping field empty.
        payload["shipping"] = new JsonObject
        {
            ["first_name"] = "", ["last_name"] = "", ["company"] = "", ["address_1"] = "", ["address_2"] = "",
            ["city"] = "", ["state"] = "", ["postcode"] = "", ["country"] = "", ["phone"] = "",
        };
        Assert.Null(OrderMapper.Map(payload.Element()).ShippingAddress);
    }

    [Fact]
    public void A_line_without_a_price_is_priced_at_its_total_over_its_quantity_and_no_shipping_line_is_no_service_level()
    {
        var payload = Recorded.Node(Recorded.Retrieve);
        payload["line_items"]![0]!.AsObject().Remove("price");
        payload["shipping_lines"] = new JsonArray();

        var order = OrderMapper.Map(payload.Element());

        Assert.Equal(3m, order.Lines[0].UnitPrice); // "6.00" for 2
        Assert.Null(order.ServiceLevel);
    }

    [Theory]
    [InlineData("id", "has no id")]
    [InlineData("status", "727 has no status")]
    [InlineData("date_created_gmt", "727 has no date_created_gmt")]
    [InlineData("currency", "727 has no currency")]
    [InlineData("total", "727 has no readable total")]
    public void An_order_without_an_essential_field_is_malformed(string field, string problem)
    {
        var payload = Recorded.Node(Recorded.Retrieve);
        payload.AsObject().Remove(field);

        var error = Assert.Throws<StorefrontException>(() => OrderMapper.Map(payload.Element()));

        Assert.Equal(StorefrontErrorKind.Malformed, error.Kind);
        Assert.Equal($"WooCommerce order {problem}.", error.Message);
    }

    [Fact]
    public void A_line_without_an_id_or_quantity_and_a_body_that_is_not_an_object_are_malformed()
    {
        var noQuantity = Recorded.Node(Recorded.Retrieve);
        noQuantity["line_items"]![1]!.AsObject().Remove("quantity");
        Assert.Equal(StorefrontErrorKind.Malformed, Assert.Throws<StorefrontException>(() => OrderMapper.Map(noQuantity.Element())).Kind);

        using var array = JsonDocument.Parse("[]");
        Assert.Equal(StorefrontErrorKind.Malformed, Assert.Throws<StorefrontException>(() => OrderMapper.Map(array.RootElement)).Kind);
    }

    [Fact]
    public void A_modified_date_that_is_missing_falls_back_to_the_creation_date()
    {
        var payload = Recorded.Node(Recorded.Retrieve);
        payload.AsObject().Remove("date_modified_gmt");

        var order = OrderMapper.Map(payload.Element());

        Assert.Equal(order.CreatedAt, order.UpdatedAt);
    }
}
