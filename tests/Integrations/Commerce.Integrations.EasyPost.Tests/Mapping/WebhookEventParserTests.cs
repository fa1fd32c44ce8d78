using System.Text;
using Commerce.Integrations.Abstractions.Carriers;
using Commerce.Integrations.EasyPost.Mapping;

namespace Commerce.Integrations.EasyPost.Tests.Mapping;

public sealed class WebhookEventParserTests
{
    [Fact]
    public void A_tracker_updated_event_gives_its_id_and_the_tracker_as_an_update()
    {
        var webhook = WebhookEventParser.Parse(Recorded.File("webhook-event-tracker-updated.body.json"));

        Assert.Equal("evt_1", webhook.EventId);
        var update = Assert.Single(webhook.Updates);
        Assert.Equal("1", update.TrackingNumber);
        Assert.Equal(TrackingStatus.InTransit, update.Status);
        Assert.Equal(new DateOnly(2024, 8, 5), update.EstimatedDelivery);
        Assert.Equal("https://track.easypost.com/1", update.PublicUrl);
        Assert.Equal(7, update.Events.Count);
        Assert.Equal("32837 US", update.Events[0].Location);
        Assert.Equal("label_created", update.Events[0].Detail);
        Assert.Equal("EDISON, NJ 08817 US", update.Events[^1].Location);
    }

    [Fact]
    public void An_event_about_something_other_than_a_tracker_has_no_updates()
    {
        var body = """{"object":"Event","id":"evt_2","description":"batch.updated","result":{"object":"Batch","id":"batch_1"}}""";

        var webhook = WebhookEventParser.Parse(Encoding.UTF8.GetBytes(body));

        Assert.Equal("evt_2", webhook.EventId);
        Assert.Empty(webhook.Updates);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"object":"Event"}""")]
    public void A_body_that_is_not_an_event_is_malformed(string body)
    {
        var error = Assert.Throws<CarrierException>(() => WebhookEventParser.Parse(Encoding.UTF8.GetBytes(body)));

        Assert.Equal(CarrierErrorKind.Malformed, error.Kind);
    }
}
