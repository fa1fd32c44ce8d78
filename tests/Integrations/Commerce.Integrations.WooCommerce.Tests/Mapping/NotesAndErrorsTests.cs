using Commerce.Integrations.Abstractions.Storefronts;
using Commerce.Integrations.WooCommerce.Mapping;

namespace Commerce.Integrations.WooCommerce.Tests.Mapping;

public sealed class NotesAndErrorsTests
{
    private static FulfillmentPush Shipment(string? url = "https://www.ups.com/track?tracknum=1Z999AA10123456784", bool notify = true) =>
        new("shp-1", "727", "UPS", "1Z999AA10123456784", url, [new FulfillmentPushLine("316", "Bar3", 1)], notify);

    [Fact]
    public void The_tracking_note_names_carrier_number_and_link_and_is_a_customer_note_when_notifying()
    {
        Assert.Equal(
            """{"note":"Shipped with UPS: 1Z999AA10123456784 https://www.ups.com/track?tracknum=1Z999AA10123456784","customer_note":true}""",
            FulfillmentNote.Body(Shipment()).ToJsonString());
        Assert.Equal("Shipped with UPS: 1Z999AA10123456784", FulfillmentNote.Text(Shipment(url: null)));
        Assert.False(FulfillmentNote.Body(Shipment(notify: false))["customer_note"]!.GetValue<bool>());
    }

    [Fact]
    public void A_note_that_names_the_tracking_number_counts_as_already_noted()
    {
        var documented = Recorded.Json("rest-v3/order-notes-create.response.json"); // "Order ok!!!"
        var ours = Recorded.Node("rest-v3/order-notes-create.response.json");
        ours["note"] = FulfillmentNote.Text(Shipment());

        Assert.False(FulfillmentNote.AlreadyNoted([documented], "1Z999AA10123456784"));
        Assert.True(FulfillmentNote.AlreadyNoted([documented, ours.Element()], "1Z999AA10123456784"));
    }

    [Fact]
    public void The_status_body_is_the_documented_one()
    {
        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(
            Recorded.Node("rest-v3/orders-update-status.request.json"), FulfillmentNote.Status("completed")));
    }

    [Theory]
    [InlineData("rest-v3/error-example-1.json", "rest_no_route", "No route was found matching the URL and request method")]
    [InlineData("rest-v3/error-example-2.json", "woocommerce_rest_term_invalid", "Resource doesn't exist.")]
    public void The_documented_errors_are_read(string fixture, string code, string message) =>
        Assert.Equal(new WooCommerceError(code, message), WooCommerceErrorParser.TryParse(Recorded.Text(fixture)));

    [Theory]
    [InlineData("<html>Bad gateway</html>")]
    [InlineData("{\"message\":\"no code\"}")]
    [InlineData("")]
    public void Anything_else_is_no_error_envelope(string body) => Assert.Null(WooCommerceErrorParser.TryParse(body));
}
