using System.Globalization;
using System.Text.Json;
using Commerce.Integrations.Abstractions.Fulfillment;

namespace Commerce.Integrations.FulfillmentHttp.Mapping;

/// <summary>
/// Reads a partner's shipment confirmation:
/// <c>{"confirmationId","requestId","carrier","trackingNumber","trackingUrl","shippedAt","lines":[{"sku","quantity"}]}</c>.
/// Every field but <c>trackingUrl</c> and <c>lines</c> is required; a missing or unreadable one is a
/// <see cref="PartnerErrorKind.Malformed"/> error naming the field. Unknown fields are ignored.
/// </summary>
internal static class ShipmentConfirmationParser
{
    public static PartnerShipmentConfirmation Parse(ReadOnlyMemory<byte> body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            throw Malformed($"the body is not JSON ({e.Message})", e);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw Malformed("the body is not a JSON object");

            return new PartnerShipmentConfirmation(
                RequiredText(root, "confirmationId"),
                RequiredText(root, "requestId"),
                RequiredText(root, "carrier"),
                RequiredText(root, "trackingNumber"),
                TrackingUrl(root),
                ShippedAt(root),
                Lines(root));
        }
    }

    private static string RequiredText(JsonElement element, string name, string? path = null)
    {
        path ??= name;
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            throw Malformed($"'{path}' is required");
        if (value.ValueKind != JsonValueKind.String) throw Malformed($"'{path}' must be a string");
        var text = value.GetString()!.Trim();
        return text.Length > 0 ? text : throw Malformed($"'{path}' is empty");
    }

    /// <summary>
    /// Only an absolute http(s) address: the link is shown to staff and customers, so a <c>javascript:</c> or relative
    /// one is refused rather than passed on.
    /// </summary>
    private static string? TrackingUrl(JsonElement root)
    {
        if (!root.TryGetProperty("trackingUrl", out var value) || value.ValueKind == JsonValueKind.Null) return null;
        if (value.ValueKind != JsonValueKind.String) throw Malformed("'trackingUrl' must be a string");
        var text = value.GetString()!.Trim();
        if (text.Length == 0) return null;
        return Uri.TryCreate(text, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)
            ? text
            : throw Malformed("'trackingUrl' must be an absolute http or https address");
    }

    private static DateTimeOffset ShippedAt(JsonElement root)
    {
        var text = RequiredText(root, "shippedAt");
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var shippedAt)
            ? shippedAt
            : throw Malformed($"'shippedAt' is not an ISO 8601 timestamp ('{Shorten(text)}')");
    }

    /// <summary>Left out, null or empty: the whole request shipped.</summary>
    private static IReadOnlyList<ConfirmedLine> Lines(JsonElement root)
    {
        if (!root.TryGetProperty("lines", out var lines) || lines.ValueKind == JsonValueKind.Null) return [];
        if (lines.ValueKind != JsonValueKind.Array) throw Malformed("'lines' must be an array");

        var result = new List<ConfirmedLine>();
        var index = 0;
        foreach (var line in lines.EnumerateArray())
        {
            var path = $"lines[{index}]";
            if (line.ValueKind != JsonValueKind.Object) throw Malformed($"'{path}' must be an object");
            var sku = RequiredText(line, "sku", $"{path}.sku");
            if (!line.TryGetProperty("quantity", out var quantity) || quantity.ValueKind == JsonValueKind.Null)
                throw Malformed($"'{path}.quantity' is required");
            if (quantity.ValueKind != JsonValueKind.Number || !quantity.TryGetInt32(out var units) || units <= 0)
                throw Malformed($"'{path}.quantity' must be a positive whole number");
            result.Add(new ConfirmedLine(sku, units));
            index++;
        }

        return result;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private static PartnerException Malformed(string reason, Exception? inner = null) =>
        new(PartnerErrorKind.Malformed, $"The shipment confirmation cannot be read: {reason}.", inner);
}
