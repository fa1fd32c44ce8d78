using System.Text.Json.Nodes;
using Commerce.Integrations.Abstractions.Carriers;
using Commerce.Integrations.Ups.Mapping;

namespace Commerce.Integrations.Ups.Tests;

public class TrackingMappingTests
{
    private const string Number = "1ZTEST0390000001";
    private static readonly TimeSpan Eastern = TimeSpan.FromHours(-5);

    [Theory]
    [InlineData("track_label_created.json", TrackingStatus.PreTransit)]
    [InlineData("track_in_transit.json", TrackingStatus.InTransit)]
    [InlineData("track_out_for_delivery.json", TrackingStatus.OutForDelivery)]
    [InlineData("track_delivered.json", TrackingStatus.Delivered)]
    [InlineData("track_exception.json", TrackingStatus.Exception)]
    public void Current_status_maps_to_our_status(string payload, TrackingStatus expected)
    {
        var info = UpsTracking.Parse(Samples.Json(payload), Number);

        Assert.Equal(expected, info.Status);
        Assert.Equal(Number, info.TrackingNumber);
        Assert.Equal($"https://www.ups.com/track?tracknum={Number}", info.PublicUrl);
    }

    [Fact]
    public void Events_come_back_oldest_first()
    {
        var info = UpsTracking.Parse(Samples.Json("track_delivered.json"), Number);

        Assert.Equal(6, info.Events.Count);
        Assert.Equal(info.Events.OrderBy(e => e.At), info.Events);
        Assert.Equal(TrackingStatus.PreTransit, info.Events[0].Status);
        Assert.Equal(TrackingStatus.InTransit, info.Events[1].Status);
        Assert.Equal(TrackingStatus.OutForDelivery, info.Events[^2].Status);
        Assert.Equal(TrackingStatus.Delivered, info.Events[^1].Status);
    }

    [Fact]
    public void Event_times_use_the_gmt_offset_when_given_and_utc_otherwise()
    {
        var info = UpsTracking.Parse(Samples.Json("track_in_transit.json"), Number);

        Assert.Equal(new DateTimeOffset(2026, 1, 5, 9, 15, 12, TimeSpan.Zero), info.Events[0].At);
        Assert.Equal(new DateTimeOffset(2026, 1, 5, 17, 10, 0, Eastern), info.Events[1].At);
        // "21500": UPS dropped the hour's leading zero.
        Assert.Equal(new DateTimeOffset(2026, 1, 6, 2, 15, 0, Eastern), info.Events[2].At);
    }

    [Fact]
    public void An_event_carries_ups_code_description_and_place()
    {
        var info = UpsTracking.Parse(Samples.Json("track_in_transit.json"), Number);

        var departed = info.Events[^1];
        Assert.Equal("DP", departed.Detail);
        Assert.Equal("Departed from Facility", departed.Message);
        Assert.Equal("Atlanta, GA, US", departed.Location);
    }

    [Fact]
    public void A_delivered_package_has_its_delivery_time_and_date()
    {
        var info = UpsTracking.Parse(Samples.Json("track_delivered.json"), Number);

        Assert.Equal(new DateTimeOffset(2026, 1, 8, 14, 30, 0, Eastern), info.DeliveredAt);
        Assert.Equal(new DateOnly(2026, 1, 8), info.EstimatedDelivery);
    }

    [Fact]
    public void A_rescheduled_delivery_date_wins_over_the_scheduled_one()
    {
        var info = UpsTracking.Parse(Samples.Json("track_out_for_delivery.json"), Number);

        Assert.Equal(new DateOnly(2026, 1, 9), info.EstimatedDelivery);
        Assert.Null(info.DeliveredAt);
    }

    [Fact]
    public void A_package_in_transit_has_its_scheduled_delivery_date()
    {
        var info = UpsTracking.Parse(Samples.Json("track_in_transit.json"), Number);

        Assert.Equal(new DateOnly(2026, 1, 8), info.EstimatedDelivery);
        Assert.Null(info.DeliveredAt);
    }

    [Theory]
    [InlineData("D", "011", "DELIVERED", TrackingStatus.Delivered)]
    [InlineData("I", "005", "On the Way", TrackingStatus.InTransit)]
    [InlineData("I", "021", "Out For Delivery Today", TrackingStatus.OutForDelivery)]
    [InlineData("I", "072", "Loaded on Delivery Vehicle", TrackingStatus.OutForDelivery)]
    [InlineData("I", "", "Out for delivery", TrackingStatus.OutForDelivery)]
    [InlineData("I", "017", "Held for Customer Pickup", TrackingStatus.AvailableForPickup)]
    [InlineData("P", "038", "Picked up by UPS", TrackingStatus.InTransit)]
    [InlineData("M", "003", "Shipper created a label", TrackingStatus.PreTransit)]
    [InlineData("MV", "007", "Shipment Information Voided", TrackingStatus.Cancelled)]
    [InlineData("X", "013", "Exception", TrackingStatus.Exception)]
    [InlineData("RS", "", "Returned to shipper", TrackingStatus.ReturnedToSender)]
    [InlineData("I", "034", "Returned to Sender", TrackingStatus.ReturnedToSender)]
    [InlineData("NA", "000", "Status Not Available", TrackingStatus.Unknown)]
    public void Activity_types_and_status_codes_map_to_our_statuses(string type, string statusCode, string description, TrackingStatus expected)
    {
        var status = new JsonObject { ["type"] = type, ["statusCode"] = statusCode, ["description"] = description };

        Assert.Equal(expected, UpsTracking.Status(status));
    }

    [Fact]
    public void A_date_without_a_time_is_midnight_utc()
    {
        Assert.Equal(new DateTimeOffset(2026, 1, 8, 0, 0, 0, TimeSpan.Zero), UpsTracking.Moment("20260108", null, null));
        Assert.Null(UpsTracking.Moment("not a date", "120000", null));
    }

    [Fact]
    public void A_shipment_without_packages_is_rejected_with_the_ups_warning()
    {
        var answer = JsonNode.Parse("""
            {"trackResponse":{"shipment":[{"inquiryNumber":"1ZNOPE","warnings":[{"code":"TW0001","message":"Tracking Information Not Found"}]}]}}
            """)!;

        var error = Assert.Throws<CarrierException>(() => UpsTracking.Parse(answer, "1ZNOPE"));

        Assert.Equal(CarrierErrorKind.Rejected, error.Kind);
        Assert.Equal("Tracking Information Not Found", error.Message);
        Assert.Equal("TW0001", error.CarrierCode);
    }
}
