using Commerce.Integrations.Abstractions.Carriers;
using Commerce.Integrations.EasyPost.Mapping;

namespace Commerce.Integrations.EasyPost.Tests.Mapping;

public sealed class BoughtShipmentParserTests
{
    [Fact]
    public void A_bought_shipment_gives_its_tracking_code_cost_and_png_label_url()
    {
        var bought = BoughtShipmentParser.Parse(Recorded.Response("shipment_service_buy", 1));

        Assert.Equal("shp_f27ca31de2634c1aa644881787db9967", bought.ShipmentId);
        Assert.Equal("9400100208271102231111", bought.TrackingCode);
        Assert.Equal(5.93m, bought.Cost);
        Assert.Equal("USD", bought.Currency);
        Assert.Equal("https://track.easypost.com/djE6dHJrX2MyNmIyNmMxNTZmNjQ1Y2M4NDc5NTEzNDNiZDFjMTFh", bought.PublicUrl);
        Assert.Equal(
            "https://easypost-files.s3.us-west-2.amazonaws.com/files/postage_label/20241016/e8ec25ddd5523f4a9986f04cda1ad30e0c.png",
            bought.Label.For(LabelFormat.Png));
        Assert.Null(bought.Label.For(LabelFormat.Pdf));
        Assert.Null(bought.Label.For(LabelFormat.Zpl));
    }

    [Fact]
    public void A_converted_label_has_its_zpl_url()
    {
        var converted = BoughtShipmentParser.Parse(Recorded.Response("shipment_service_generate_label", 1));

        Assert.Equal(
            "https://easypost-files.s3-us-west-2.amazonaws.com/files/postage_label/20241016/4bb128260b9d4a5382ebf42e90d76e2f.zpl",
            converted.Label.For(LabelFormat.Zpl));
    }

    [Fact]
    public void A_shipment_that_was_not_bought_is_malformed_as_a_purchase()
    {
        var error = Assert.Throws<CarrierException>(() => BoughtShipmentParser.Parse(Recorded.Response("shipment_service_create")));

        Assert.Equal(CarrierErrorKind.Malformed, error.Kind);
    }

    [Fact]
    public void A_refund_submitted_is_accepted()
    {
        RefundParser.EnsureAccepted(Recorded.Response("shipment_service_refund", 1));
    }
}
