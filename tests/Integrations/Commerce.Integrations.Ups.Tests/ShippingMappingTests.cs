using System.Text.Json.Nodes;
using Commerce.Integrations.Abstractions.Carriers;
using Commerce.Integrations.Ups.Mapping;

namespace Commerce.Integrations.Ups.Tests;

public class ShippingMappingTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public void Ship_request_asks_for_the_service_of_the_chosen_rate_billed_to_the_shipper()
    {
        var request = UpsShipping.Request(new LabelPurchase(Samples.Shipment, Samples.GroundRate, LabelFormat.Png), "A1B2C3");

        var shipment = request["ShipmentRequest"]!["Shipment"]!;
        Assert.Equal("03", (string?)shipment["Service"]!["Code"]);
        Assert.Equal("A1B2C3", (string?)shipment["Shipper"]!["ShipperNumber"]);
        Assert.Equal("A1B2C3", (string?)shipment["PaymentInformation"]!["ShipmentCharge"]![0]!["BillShipper"]!["AccountNumber"]);
        Assert.Equal("Jane Doe", (string?)shipment["ShipTo"]!["Name"]);
        var package = shipment["Package"]![0]!;
        Assert.Equal("02", (string?)package["Packaging"]!["Code"]);
        Assert.Equal("5.25", (string?)package["PackageWeight"]!["Weight"]);
        Assert.Equal("pkg-1001", (string?)package["ReferenceNumber"]!["Value"]);
        Assert.Equal("PNG", (string?)request["ShipmentRequest"]!["LabelSpecification"]!["LabelImageFormat"]!["Code"]);
    }

    [Fact]
    public void A_zpl_label_is_asked_for_on_four_by_six_stock()
    {
        var request = UpsShipping.Request(new LabelPurchase(Samples.Shipment, Samples.GroundRate, LabelFormat.Zpl), "A1B2C3");

        var label = request["ShipmentRequest"]!["LabelSpecification"]!;
        Assert.Equal("ZPL", (string?)label["LabelImageFormat"]!["Code"]);
        Assert.Equal("6", (string?)label["LabelStockSize"]!["Height"]);
        Assert.Equal("4", (string?)label["LabelStockSize"]!["Width"]);
    }

    [Fact]
    public void A_pdf_label_is_rejected_before_anything_is_bought()
    {
        var error = Assert.Throws<CarrierException>(() =>
            UpsShipping.Request(new LabelPurchase(Samples.Shipment, Samples.GroundRate, LabelFormat.Pdf), "A1B2C3"));

        Assert.Equal(CarrierErrorKind.Rejected, error.Kind);
        Assert.Contains("PDF", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("PNG or ZPL", error.Message);
    }

    [Fact]
    public void A_rate_without_a_service_code_is_bought_by_its_service_name()
    {
        var rate = Samples.GroundRate with { Service = "UPS 2nd Day Air", CarrierRateId = null };

        var request = UpsShipping.Request(new LabelPurchase(Samples.Shipment, rate, LabelFormat.Png), "A1B2C3");

        Assert.Equal("02", (string?)request["ShipmentRequest"]!["Shipment"]!["Service"]!["Code"]);
    }

    [Fact]
    public void Ship_answer_gives_the_tracking_number_the_png_bytes_and_the_negotiated_cost()
    {
        var label = UpsShipping.ParseLabel(Samples.Json("ship.json"), LabelFormat.Png);

        Assert.Equal("1ZTEST0390000001", label.TrackingNumber);
        Assert.Equal("1ZTEST0000000000", label.CarrierShipmentId);
        Assert.Equal(11.37m, label.Cost);
        Assert.Equal("USD", label.Currency);
        Assert.Equal(LabelFormat.Png, label.Format);
        Assert.Equal("image/png", label.ContentType);
        Assert.Equal(PngSignature, label.Content.Take(8));
        Assert.Equal("https://www.ups.com/track?tracknum=1ZTEST0390000001", label.TrackingUrl);
    }

    [Fact]
    public void Without_negotiated_charges_the_label_costs_the_published_total()
    {
        var answer = Samples.Json("ship.json");
        answer["ShipmentResponse"]!["ShipmentResults"]!.AsObject().Remove("NegotiatedRateCharges");

        Assert.Equal(14.20m, UpsShipping.ParseLabel(answer, LabelFormat.Png).Cost);
    }

    [Fact]
    public void Package_results_sent_as_a_single_object_are_read_too()
    {
        var answer = Samples.Json("ship.json");
        var results = answer["ShipmentResponse"]!["ShipmentResults"]!.AsObject();
        var package = results["PackageResults"]![0]!.DeepClone();
        results["PackageResults"] = package;

        Assert.Equal("1ZTEST0390000001", UpsShipping.ParseLabel(answer, LabelFormat.Png).TrackingNumber);
    }

    [Fact]
    public void A_label_image_that_is_not_base64_is_malformed()
    {
        var answer = Samples.Json("ship.json");
        answer["ShipmentResponse"]!["ShipmentResults"]!["PackageResults"]![0]!["ShippingLabel"]!["GraphicImage"] = "not base64!";

        var error = Assert.Throws<CarrierException>(() => UpsShipping.ParseLabel(answer, LabelFormat.Png));

        Assert.Equal(CarrierErrorKind.Malformed, error.Kind);
    }

    [Fact]
    public void Void_path_names_the_shipment_identification_number()
    {
        Assert.Equal("api/shipments/v2409/void/cancel/1ZTEST0000000000", UpsShipping.VoidPath("1ZTEST0000000000"));
    }

    [Fact]
    public void A_void_answer_whose_summary_is_not_success_is_rejected()
    {
        var answer = JsonNode.Parse("""
            {"VoidShipmentResponse":{"SummaryResult":{"Status":{"Code":"0","Description":"Failure"}}}}
            """);

        var error = Assert.Throws<CarrierException>(() => UpsShipping.EnsureVoided(answer, "1ZTEST0000000000"));

        Assert.Equal(CarrierErrorKind.Rejected, error.Kind);
        UpsShipping.EnsureVoided(Samples.Json("void.json"), "1ZTEST0000000000");
    }
}
