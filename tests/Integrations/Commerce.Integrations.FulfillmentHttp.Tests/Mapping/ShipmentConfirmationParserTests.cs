using System.Text;
using System.Text.Json.Nodes;
using Commerce.Integrations.Abstractions.Fulfillment;
using Commerce.Integrations.FulfillmentHttp.Mapping;

namespace Commerce.Integrations.FulfillmentHttp.Tests.Mapping;

public sealed class ShipmentConfirmationParserTests
{
    /// <summary>The example from docs/fulfillment-partner-api.md.</summary>
    public const string Example = """
        {
          "confirmationId": "shp-conf-88231",
          "requestId": "ffr-2026-000123",
          "carrier": "Royal Mail",
          "trackingNumber": "RM123456785GB",
          "trackingUrl": "https://track.example.com/RM123456785GB",
          "shippedAt": "2026-11-27T14:05:00Z",
          "lines": [ { "sku": "MUG-BLUE", "quantity": 2 }, { "sku": "TEA-EARL-250", "quantity": 1 } ]
        }
        """;

    private static PartnerShipmentConfirmation Parse(string json) => ShipmentConfirmationParser.Parse(Encoding.UTF8.GetBytes(json));

    private static PartnerException Refused(string json) => Assert.Throws<PartnerException>(() => Parse(json));

    private static string Without(string field)
    {
        var json = JsonNode.Parse(Example)!.AsObject();
        json.Remove(field);
        return json.ToJsonString();
    }

    private static string With(string field, JsonNode? value)
    {
        var json = JsonNode.Parse(Example)!.AsObject();
        json[field] = value;
        return json.ToJsonString();
    }

    [Fact]
    public void A_confirmation_is_read_with_its_lines()
    {
        var confirmation = Parse(Example);

        Assert.Equal("shp-conf-88231", confirmation.ConfirmationId);
        Assert.Equal("ffr-2026-000123", confirmation.RequestId);
        Assert.Equal("Royal Mail", confirmation.Carrier);
        Assert.Equal("RM123456785GB", confirmation.TrackingNumber);
        Assert.Equal("https://track.example.com/RM123456785GB", confirmation.TrackingUrl);
        Assert.Equal(new DateTimeOffset(2026, 11, 27, 14, 5, 0, TimeSpan.Zero), confirmation.ShippedAt);
        Assert.Equal([new ConfirmedLine("MUG-BLUE", 2), new ConfirmedLine("TEA-EARL-250", 1)], confirmation.Lines);
    }

    [Fact]
    public void Without_lines_or_tracking_url_the_whole_request_shipped_without_a_link()
    {
        var json = JsonNode.Parse(Example)!.AsObject();
        json.Remove("lines");
        json["trackingUrl"] = null;
        json["unknownField"] = "ignored";

        var confirmation = Parse(json.ToJsonString());

        Assert.Empty(confirmation.Lines);
        Assert.Null(confirmation.TrackingUrl);
    }

    [Fact]
    public void A_timestamp_with_an_offset_keeps_the_instant()
    {
        var confirmation = Parse(With("shippedAt", "2026-11-27T15:05:00+01:00"));

        Assert.Equal(new DateTimeOffset(2026, 11, 27, 14, 5, 0, TimeSpan.Zero), confirmation.ShippedAt.ToUniversalTime());
    }

    [Theory]
    [InlineData("confirmationId")]
    [InlineData("requestId")]
    [InlineData("carrier")]
    [InlineData("trackingNumber")]
    [InlineData("shippedAt")]
    public void A_missing_required_field_is_malformed_and_named(string field)
    {
        var error = Refused(Without(field));

        Assert.Equal(PartnerErrorKind.Malformed, error.Kind);
        Assert.Contains($"'{field}' is required", error.Message);
    }

    [Theory]
    [InlineData("confirmationId")]
    [InlineData("carrier")]
    public void An_empty_or_mistyped_required_field_is_malformed_and_named(string field)
    {
        Assert.Contains($"'{field}' is empty", Refused(With(field, "  ")).Message);
        Assert.Contains($"'{field}' must be a string", Refused(With(field, 42)).Message);
        Assert.Contains($"'{field}' is required", Refused(With(field, null)).Message);
    }

    [Fact]
    public void A_shipped_at_that_is_no_timestamp_is_malformed()
    {
        var error = Refused(With("shippedAt", "yesterday"));

        Assert.Equal(PartnerErrorKind.Malformed, error.Kind);
        Assert.Contains("'shippedAt' is not an ISO 8601 timestamp", error.Message);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("/track/RM123")]
    [InlineData("ftp://example.com/x")]
    public void A_tracking_url_that_is_not_an_absolute_web_address_is_malformed(string url)
    {
        Assert.Contains("'trackingUrl' must be an absolute http or https address", Refused(With("trackingUrl", url)).Message);
    }

    [Theory]
    [InlineData("""[{"quantity":2}]""", "'lines[0].sku' is required")]
    [InlineData("""[{"sku":"A","quantity":1},{"sku":"B"}]""", "'lines[1].quantity' is required")]
    [InlineData("""[{"sku":"A","quantity":0}]""", "'lines[0].quantity' must be a positive whole number")]
    [InlineData("""[{"sku":"A","quantity":1.5}]""", "'lines[0].quantity' must be a positive whole number")]
    [InlineData("""[{"sku":"A","quantity":"2"}]""", "'lines[0].quantity' must be a positive whole number")]
    [InlineData("""["A"]""", "'lines[0]' must be an object")]
    [InlineData("""{"sku":"A"}""", "'lines' must be an array")]
    public void A_bad_line_is_malformed_and_named(string lines, string reason)
    {
        var error = Refused(With("lines", JsonNode.Parse(lines)));

        Assert.Equal(PartnerErrorKind.Malformed, error.Kind);
        Assert.Contains(reason, error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{\"confirmationId\":")]
    [InlineData("<html>ok</html>")]
    public void A_body_that_is_not_json_is_malformed(string body)
    {
        var error = Refused(body);

        Assert.Equal(PartnerErrorKind.Malformed, error.Kind);
        Assert.Contains("not JSON", error.Message);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("\"shipped\"")]
    [InlineData("null")]
    public void A_body_that_is_not_an_object_is_malformed(string body)
    {
        Assert.Contains("not a JSON object", Refused(body).Message);
    }
}
