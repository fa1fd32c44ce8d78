using System.Text.Json;
using Commerce.Integrations.Abstractions.Carriers;

namespace Commerce.Integrations.EasyPost.Mapping;

/// <summary>
/// Reads an EasyPost Event delivery. Only Tracker results carry tracking updates; any other event (batch, refund,
/// report…) is acknowledged with no updates. The event id keys dedupe: EasyPost delivers at least once.
/// </summary>
internal static class WebhookEventParser
{
    public static TrackingWebhook Parse(byte[] body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            throw new CarrierException(CarrierErrorKind.Malformed, "EasyPost's webhook body is not JSON.", inner: e);
        }

        using (document)
        {
            var root = document.RootElement;
            var eventId = root.Str("id")
                ?? throw new CarrierException(CarrierErrorKind.Malformed, "EasyPost's webhook body is not an Event: it has no id.");
            IReadOnlyList<TrackingInfo> updates = root.Prop("result") is { } result && result.Str("object") == "Tracker"
                ? [TrackerParser.Parse(result)]
                : [];
            return new TrackingWebhook(eventId, updates);
        }
    }
}
