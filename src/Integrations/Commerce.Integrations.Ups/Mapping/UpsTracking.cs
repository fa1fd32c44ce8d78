using System.Globalization;
using System.Text.Json.Nodes;
using Commerce.Integrations.Abstractions.Carriers;

namespace Commerce.Integrations.Ups.Mapping;

/// <summary>The Tracking API's answer, as a pure function.</summary>
internal static class UpsTracking
{
    public static string Path(string inquiryNumber) =>
        $"api/track/v1/details/{Uri.EscapeDataString(inquiryNumber)}?locale=en_US&returnSignature=false";

    // Status codes (reference "Tracking status description codes") finer than the activity type.
    private static readonly HashSet<int> OutForDelivery = [6, 21, 37, 72, 78, 89, 91, 146, 162];
    private static readonly HashSet<int> ReturnedToSender = [34, 67, 81];
    private static readonly HashSet<int> AvailableForPickup = [17, 40, 144, 161];

    /// <summary>
    /// The package with <paramref name="trackingNumber"/> (or the first one). UPS lists activities newest first; the
    /// events come back oldest first. Times are UPS's local date and time with the activity's gmtOffset when UPS gives
    /// one, otherwise they are read as UTC.
    /// </summary>
    public static TrackingInfo Parse(JsonNode answer, string trackingNumber)
    {
        var shipments = UpsJson.Items(answer["trackResponse"]?["shipment"]);
        if (shipments.Count == 0)
            throw new CarrierException(CarrierErrorKind.Malformed, "UPS answered a tracking request without a shipment.");
        var packages = shipments.SelectMany(s => UpsJson.Items(s["package"])).ToList();
        var package = packages.FirstOrDefault(p => string.Equals(UpsJson.Text(p["trackingNumber"])?.Trim(), trackingNumber, StringComparison.OrdinalIgnoreCase))
            ?? packages.FirstOrDefault();
        if (package is null)
        {
            var warning = shipments.SelectMany(s => UpsJson.Items(s["warnings"])).FirstOrDefault();
            throw new CarrierException(CarrierErrorKind.Rejected,
                UpsJson.Text(warning?["message"]) ?? $"UPS has no package {trackingNumber}.", UpsJson.Text(warning?["code"]));
        }

        // UPS lists newest first: reverse, then a stable sort by time keeps UPS's order for equal times.
        var events = UpsJson.Items(package["activity"])
            .Reverse()
            .Select(Event)
            .OfType<TrackingEvent>()
            .OrderBy(e => e.At)
            .ToList();

        var status = package["currentStatus"] is JsonObject current && UpsJson.Text(current["type"]) is { Length: > 0 }
            ? Status(current)
            : events.LastOrDefault()?.Status ?? TrackingStatus.Unknown;

        var dates = UpsJson.Items(package["deliveryDate"])
            .Select(d => (Type: UpsJson.Text(d["type"])?.Trim(), Date: Date(UpsJson.Text(d["date"]))))
            .Where(d => d.Date is not null)
            .ToList();
        var delivered = dates.FirstOrDefault(d => d.Type == "DEL").Date;
        var estimated = dates.FirstOrDefault(d => d.Type == "RDD").Date ?? dates.FirstOrDefault(d => d.Type == "SDD").Date ?? delivered;

        DateTimeOffset? deliveredAt = null;
        if (status == TrackingStatus.Delivered)
        {
            deliveredAt = events.LastOrDefault(e => e.Status == TrackingStatus.Delivered)?.At
                ?? (delivered is { } day ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null);
        }

        var number = UpsJson.Text(package["trackingNumber"])?.Trim() is { Length: > 0 } n ? n : trackingNumber;
        return new TrackingInfo(number, status, estimated, deliveredAt, events, UpsShipping.TrackingUrl(number));
    }

    /// <summary>Our status for a UPS status object ({type, code, description, statusCode}).</summary>
    public static TrackingStatus Status(JsonNode status)
    {
        var type = UpsJson.Text(status["type"])?.Trim().ToUpperInvariant();
        var statusCode = UpsJson.Int(status["statusCode"]);
        var description = UpsJson.Text(status["description"]) ?? "";

        if (type is "D") return TrackingStatus.Delivered;
        if (type is "RS" || statusCode is { } returned && ReturnedToSender.Contains(returned)) return TrackingStatus.ReturnedToSender;
        return type switch
        {
            "I" when statusCode is { } code && OutForDelivery.Contains(code)
                || description.Contains("out for delivery", StringComparison.OrdinalIgnoreCase) => TrackingStatus.OutForDelivery,
            "I" when statusCode is { } code && AvailableForPickup.Contains(code) => TrackingStatus.AvailableForPickup,
            "I" or "P" => TrackingStatus.InTransit,
            "M" => TrackingStatus.PreTransit,
            "MV" => TrackingStatus.Cancelled,
            "X" => TrackingStatus.Exception,
            _ => TrackingStatus.Unknown,
        };
    }

    private static TrackingEvent? Event(JsonObject activity)
    {
        var at = Moment(UpsJson.Text(activity["date"]), UpsJson.Text(activity["time"]), UpsJson.Text(activity["gmtOffset"]));
        if (at is null || activity["status"] is not JsonObject status) return null;
        var code = UpsJson.Text(status["code"])?.Trim();
        var message = UpsJson.Text(status["description"])?.Trim();
        return new TrackingEvent(at.Value, Status(status), string.IsNullOrEmpty(code) ? null : code,
            string.IsNullOrEmpty(message) ? null : message, Location(activity["location"]?["address"]));
    }

    private static string? Location(JsonNode? address)
    {
        if (address is null) return null;
        var parts = new[] { "city", "stateProvince", "countryCode" }
            .Select(k => UpsJson.Text(address[k])?.Trim())
            .Where(p => !string.IsNullOrEmpty(p))
            .ToList();
        return parts.Count == 0 ? null : string.Join(", ", parts);
    }

    /// <summary>"YYYYMMDD" + "HHMMSS" (UPS sometimes drops the leading zero of the hour), at the given offset or UTC.</summary>
    internal static DateTimeOffset? Moment(string? date, string? time, string? gmtOffset)
    {
        if (Date(date) is not { } day) return null;
        var clock = (time ?? "").Trim();
        var timeOfDay = clock.Length is > 0 and <= 6
            && TimeOnly.TryParseExact(clock.PadLeft(6, '0'), "HHmmss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)
            ? t
            : TimeOnly.MinValue;
        var offset = TimeSpan.Zero;
        if (!string.IsNullOrWhiteSpace(gmtOffset)
            && TimeSpan.TryParseExact(gmtOffset.Trim().TrimStart('+', '-'), @"hh\:mm", CultureInfo.InvariantCulture, out var magnitude))
        {
            offset = gmtOffset.Trim().StartsWith('-') ? -magnitude : magnitude;
        }

        return new DateTimeOffset(day.ToDateTime(timeOfDay), offset);
    }

    private static DateOnly? Date(string? value) =>
        DateOnly.TryParseExact(value?.Trim(), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
