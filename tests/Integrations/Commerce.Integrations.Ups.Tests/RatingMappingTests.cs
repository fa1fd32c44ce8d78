using System.Text.Json.Nodes;
using Commerce.Integrations.Abstractions.Carriers;
using Commerce.Integrations.Ups.Mapping;

namespace Commerce.Integrations.Ups.Tests;

public class RatingMappingTests
{
    [Fact]
    public void Rate_request_is_a_shop_request_with_shipper_number_and_one_package_in_inches_and_pounds()
    {
        var request = UpsRating.Request(Samples.Shipment, "A1B2C3");

        Assert.Equal("Shop", (string?)request["RateRequest"]!["Request"]!["RequestOption"]);
        var shipment = request["RateRequest"]!["Shipment"]!;
        Assert.Equal("A1B2C3", (string?)shipment["Shipper"]!["ShipperNumber"]);
        Assert.Equal("Acme Outdoor", (string?)shipment["Shipper"]!["Name"]);
        Assert.Equal("30005", (string?)shipment["ShipFrom"]!["Address"]!["PostalCode"]);
        Assert.Equal("21093", (string?)shipment["ShipTo"]!["Address"]!["PostalCode"]);
        Assert.Equal("MD", (string?)shipment["ShipTo"]!["Address"]!["StateProvinceCode"]);
        Assert.Equal(["2311 Old Milton Pkwy", "Suite 200"],
            shipment["ShipFrom"]!["Address"]!["AddressLine"]!.AsArray().Select(l => (string?)l));
        Assert.Equal("A1B2C3", (string?)shipment["PaymentDetails"]!["ShipmentCharge"]![0]!["BillShipper"]!["AccountNumber"]);
        Assert.Equal("Y", (string?)shipment["ShipmentRatingOptions"]!["NegotiatedRatesIndicator"]);

        var package = shipment["Package"]!.AsArray().Single()!;
        Assert.Equal("02", (string?)package["PackagingType"]!["Code"]);
        Assert.Equal("IN", (string?)package["Dimensions"]!["UnitOfMeasurement"]!["Code"]);
        Assert.Equal("12", (string?)package["Dimensions"]!["Length"]);
        Assert.Equal("10", (string?)package["Dimensions"]!["Width"]);
        Assert.Equal("6.5", (string?)package["Dimensions"]!["Height"]);
        Assert.Equal("LBS", (string?)package["PackageWeight"]!["UnitOfMeasurement"]!["Code"]);
        Assert.Equal("5.25", (string?)package["PackageWeight"]!["Weight"]);
    }

    [Fact]
    public void Every_number_in_the_rate_request_is_written_as_a_string()
    {
        var json = UpsRating.Request(Samples.Shipment, "A1B2C3");

        var numbers = Walk(json).Where(v => v.GetValueKind() != System.Text.Json.JsonValueKind.String).ToList();

        Assert.Empty(numbers);
    }

    [Fact]
    public void Shop_answer_gives_one_rate_per_service_preferring_the_negotiated_price()
    {
        var result = UpsRating.Parse(Samples.Json("rate_shop.json"), "ups-main");

        var ground = result.Rates.Single(r => r.Service == "UPS Ground");
        Assert.Equal(11.37m, ground.Price);
        Assert.Equal("USD", ground.Currency);
        Assert.Equal("03", ground.CarrierRateId);
        Assert.Equal("UPS", ground.Carrier);
        Assert.Equal("ups-main", ground.AccountId);
        Assert.Equal(6.0m, ground.BillableWeightLb);

        var secondDay = result.Rates.Single(r => r.Service == "UPS 2nd Day Air");
        Assert.Equal(31.85m, secondDay.Price);
        Assert.Equal(52.10m, result.Rates.Single(r => r.Service == "UPS Next Day Air").Price);
    }

    [Fact]
    public void Transit_days_come_from_the_guarantee_or_else_from_time_in_transit()
    {
        var result = UpsRating.Parse(Samples.Json("rate_shop.json"), "ups-main");

        var ground = result.Rates.Single(r => r.CarrierRateId == "03");
        Assert.Equal(3, ground.TransitDays);
        Assert.Equal(new DateOnly(2026, 1, 8), ground.EstimatedDelivery);
        Assert.Equal(2, result.Rates.Single(r => r.CarrierRateId == "02").TransitDays);
        Assert.Equal(1, result.Rates.Single(r => r.CarrierRateId == "01").TransitDays);
    }

    [Fact]
    public void A_rated_shipment_with_an_unreadable_price_is_skipped_with_a_reason()
    {
        var result = UpsRating.Parse(Samples.Json("rate_shop.json"), "ups-main");

        Assert.Equal(3, result.Rates.Count);
        Assert.DoesNotContain(result.Rates, r => r.CarrierRateId == "14");
        var reason = Assert.Single(result.Skipped);
        Assert.Contains("UPS Next Day Air Early", reason);
        Assert.Contains("N/A", reason);
    }

    [Fact]
    public void A_single_rated_shipment_sent_as_an_object_is_read_like_a_list_of_one()
    {
        var result = UpsRating.Parse(Samples.Json("rate_single.json"), "ups-main");

        var rate = Assert.Single(result.Rates);
        Assert.Equal("UPS 3 Day Select", rate.Service);
        Assert.Equal(22.61m, rate.Price);
        Assert.Equal(3, rate.TransitDays);
        Assert.Empty(result.Skipped);
    }

    [Theory]
    [InlineData("01", "UPS Next Day Air")]
    [InlineData("02", "UPS 2nd Day Air")]
    [InlineData("03", "UPS Ground")]
    [InlineData("12", "UPS 3 Day Select")]
    [InlineData("13", "UPS Next Day Air Saver")]
    [InlineData("14", "UPS Next Day Air Early")]
    [InlineData("59", "UPS 2nd Day Air A.M.")]
    [InlineData("65", "UPS Saver")]
    public void Service_codes_have_their_retail_names_and_back(string code, string name)
    {
        Assert.Equal(name, UpsServices.Name(code));
        Assert.Equal(code, UpsServices.Code(name));
    }

    [Fact]
    public void An_unknown_service_code_keeps_the_description_UPS_gave()
    {
        Assert.Equal("UPS Worldwide Economy DDP", UpsServices.Name("72", "UPS Worldwide Economy DDP"));
        Assert.Equal("UPS service 72", UpsServices.Name("72"));
    }

    [Fact]
    public void An_answer_without_a_rate_response_is_malformed()
    {
        var error = Assert.Throws<CarrierException>(() => UpsRating.Parse(JsonNode.Parse("""{"something":"else"}""")!, "ups-main"));

        Assert.Equal(CarrierErrorKind.Malformed, error.Kind);
    }

    private static IEnumerable<JsonValue> Walk(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Walk(p.Value)),
        JsonArray a => a.SelectMany(Walk),
        JsonValue v => [v],
        _ => [],
    };
}
