using Commerce.Integrations.Abstractions.Carriers;
using Commerce.Integrations.EasyPost.Mapping;
using CsCheck;

namespace Commerce.Integrations.EasyPost.Tests.Mapping;

public sealed class ShipmentRequestTests
{
    internal static readonly ShipmentDetails Shipment = new(
        new ShippingAddress("Jack Sparrow", "Black Pearl Ltd", "388 Townsend St", "Apt 20", "San Francisco", "CA", "94107", "US", "4155550100", null),
        new ShippingAddress("Elizabeth Swan", null, "179 N Harbor Dr", null, "Redondo Beach", "CA", "90277", "US", null, "liz@example.com"),
        new Parcel(10m, 8m, 4m, 0.9625m),
        "PKG-42");

    [Fact]
    public void A_shipment_body_carries_addresses_parcel_in_ounces_label_format_and_reference()
    {
        var body = ShipmentRequest.Create(Shipment, LabelFormat.Zpl)["shipment"]!;

        Assert.Equal(15.4m, body["parcel"]!["weight"]!.GetValue<decimal>());
        Assert.Equal(10m, body["parcel"]!["length"]!.GetValue<decimal>());
        Assert.Equal("ZPL", (string?)body["options"]!["label_format"]);
        Assert.Equal("PKG-42", (string?)body["reference"]);
        Assert.Equal("388 Townsend St", (string?)body["from_address"]!["street1"]);
        Assert.Equal("Black Pearl Ltd", (string?)body["from_address"]!["company"]);
        Assert.Equal("CA", (string?)body["to_address"]!["state"]);
        Assert.Null(body["to_address"]!["street2"]);
        Assert.Null(body["is_return"]);
    }

    [Fact]
    public void A_return_shipment_is_marked_as_a_return()
    {
        var body = ShipmentRequest.Create(Shipment, LabelFormat.Pdf, isReturn: true)["shipment"]!;

        Assert.True(body["is_return"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData(1, 16)]
    [InlineData(0.0625, 1)]
    [InlineData(0.01, 0.2)]
    public void Pounds_become_ounces_rounded_up_to_a_tenth(decimal pounds, decimal ounces) =>
        Assert.Equal(ounces, ShipmentRequest.Ounces(pounds));

    [Fact]
    public void Ounces_are_never_less_than_the_weight_in_pounds_times_sixteen() =>
        Gen.Decimal[0m, 150m].Sample(pounds =>
        {
            var ounces = ShipmentRequest.Ounces(pounds);
            return ounces >= pounds * 16m && ounces - pounds * 16m < 0.1m;
        });
}
