using System.Text.Json;
using Commerce.Integrations.Abstractions.Carriers;

namespace Commerce.Integrations.EasyPost.Mapping;

/// <summary>Turns an EasyPost Tracker into our <see cref="TrackingInfo"/>.</summary>
internal static class TrackerParser
{
    /// <summary>
    /// <c>status_detail</c> values that, while a package is in transit or out for delivery, mean someone has to act
    /// (the carrier holds it, it is damaged or lost, the consignee refused it, the carrier needs information): reported
    /// as <see cref="TrackingStatus.Exception"/> so the retailer sees it. Delays (<c>delayed</c>, <c>weather_delay</c>,
    /// <c>missorted</c>) and <c>address_correction</c> resolve on their own and stay in transit.
    /// </summary>
    internal static readonly IReadOnlySet<string> ExceptionDetails = new HashSet<string>(StringComparer.Ordinal)
    {
        "delivery_exception", "transit_exception", "damaged", "lost", "held", "refused", "awaiting_information",
    };

    public static TrackingInfo Parse(JsonElement tracker)
    {
        var trackingCode = tracker.Str("tracking_code")
            ?? throw new CarrierException(CarrierErrorKind.Malformed, "EasyPost's tracker has no tracking code.");

        var events = tracker.Items("tracking_details")
            .Select(ParseEvent)
            .OfType<TrackingEvent>()
            .OrderBy(e => e.At)
            .ToList();
        var status = Status(tracker.Str("status"), tracker.Str("status_detail"));
        var deliveredAt = status == TrackingStatus.Delivered
            ? events.LastOrDefault(e => e.Status == TrackingStatus.Delivered)?.At
            : null;

        return new TrackingInfo(trackingCode, status, tracker.Date("est_delivery_date"), deliveredAt, events, tracker.Str("public_url"));
    }

    public static TrackingStatus Status(string? status, string? detail) => status switch
    {
        "in_transit" or "out_for_delivery" when detail is not null && ExceptionDetails.Contains(detail) => TrackingStatus.Exception,
        "pre_transit" => TrackingStatus.PreTransit,
        "in_transit" => TrackingStatus.InTransit,
        "out_for_delivery" => TrackingStatus.OutForDelivery,
        "delivered" => TrackingStatus.Delivered,
        "available_for_pickup" => TrackingStatus.AvailableForPickup,
        "return_to_sender" => TrackingStatus.ReturnedToSender,
        "failure" => TrackingStatus.Failure,
        "cancelled" => TrackingStatus.Cancelled,
        "error" => TrackingStatus.Exception,
        _ => TrackingStatus.Unknown,
    };

    /// <summary>An event without a readable time cannot be placed in the history, so it is left out.</summary>
    private static TrackingEvent? ParseEvent(JsonElement detail) =>
        detail.Instant("datetime") is { } at
            ? new TrackingEvent(at, Status(detail.Str("status"), detail.Str("status_detail")), detail.Str("status_detail"),
                detail.Str("message"), Location(detail.Prop("tracking_location")))
            : null;

    private static string? Location(JsonElement? location)
    {
        if (location is not { } place) return null;
        var cityState = string.Join(", ", new[] { place.Str("city"), place.Str("state") }.OfType<string>());
        var parts = new[] { cityState, place.Str("zip"), place.Str("country") }.Where(p => !string.IsNullOrEmpty(p)).ToList();
        return parts.Count == 0 ? null : string.Join(" ", parts);
    }
}
