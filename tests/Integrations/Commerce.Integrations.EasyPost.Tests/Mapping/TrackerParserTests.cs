using Commerce.Integrations.Abstractions.Carriers;
using Commerce.Integrations.EasyPost.Mapping;

namespace Commerce.Integrations.EasyPost.Tests.Mapping;

public sealed class TrackerParserTests
{
    [Fact]
    public void A_retrieved_tracker_gives_status_events_estimate_and_public_url()
    {
        var info = TrackerParser.Parse(Recorded.Response("tracker_service_retrieve", 1));

        Assert.Equal("EZ1000000001", info.TrackingNumber);
        Assert.Equal(TrackingStatus.PreTransit, info.Status);
        Assert.Equal(new DateOnly(2024, 8, 16), info.EstimatedDelivery);
        Assert.Null(info.DeliveredAt);
        Assert.Equal("https://track.easypost.com/djE6dHJrXzBkMzA0MDY2MmEzMjQ2NjM4MzZiZTI5YjExYTljYmEz", info.PublicUrl);
        Assert.Collection(info.Events,
            e =>
            {
                Assert.Equal(new DateTimeOffset(2024, 7, 16, 17, 12, 58, TimeSpan.Zero), e.At);
                Assert.Equal("Pre-Shipment Info Sent to USPS", e.Message);
                Assert.Null(e.Location);
            },
            e =>
            {
                Assert.Equal(TrackingStatus.PreTransit, e.Status);
                Assert.Equal("status_update", e.Detail);
                Assert.Equal("Shipping Label Created", e.Message);
                Assert.Equal("HOUSTON, TX 77063", e.Location);
            });
    }

    [Fact]
    public void Every_tracker_in_a_list_maps_its_status_with_error_as_exception()
    {
        var all = Recorded.Response("tracker_service_all");

        var statuses = all.GetProperty("trackers").EnumerateArray().Select(TrackerParser.Parse).Select(t => t.Status).ToList();

        Assert.Equal(
            [TrackingStatus.Unknown, TrackingStatus.PreTransit, TrackingStatus.PreTransit, TrackingStatus.Exception, TrackingStatus.PreTransit],
            statuses);
    }

    [Fact]
    public void Created_tracker_tracking_details_are_read_with_null_descriptions()
    {
        var info = TrackerParser.Parse(Recorded.Response("tracker_tracker_tracking_details"));

        Assert.Equal(2, info.Events.Count);
        Assert.All(info.Events, e => Assert.Equal(TrackingStatus.PreTransit, e.Status));
    }

    [Theory]
    [InlineData("pre_transit", null, TrackingStatus.PreTransit)]
    [InlineData("in_transit", "arrived_at_facility", TrackingStatus.InTransit)]
    [InlineData("in_transit", "weather_delay", TrackingStatus.InTransit)]
    [InlineData("in_transit", "delivery_exception", TrackingStatus.Exception)]
    [InlineData("in_transit", "lost", TrackingStatus.Exception)]
    [InlineData("out_for_delivery", "refused", TrackingStatus.Exception)]
    [InlineData("out_for_delivery", "out_for_delivery", TrackingStatus.OutForDelivery)]
    [InlineData("delivered", "arrived_at_destination", TrackingStatus.Delivered)]
    [InlineData("available_for_pickup", null, TrackingStatus.AvailableForPickup)]
    [InlineData("return_to_sender", "return", TrackingStatus.ReturnedToSender)]
    [InlineData("failure", "failure", TrackingStatus.Failure)]
    [InlineData("cancelled", "cancelled", TrackingStatus.Cancelled)]
    [InlineData("error", null, TrackingStatus.Exception)]
    [InlineData("unknown", "unknown", TrackingStatus.Unknown)]
    [InlineData("something_new", null, TrackingStatus.Unknown)]
    public void EasyPost_statuses_map_to_ours(string status, string? detail, TrackingStatus expected) =>
        Assert.Equal(expected, TrackerParser.Status(status, detail));
}
