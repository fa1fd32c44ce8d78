using System.Text.Json;
using System.Text.Json.Nodes;
using Commerce.Integrations.Abstractions.Storefronts;

namespace Commerce.Integrations.WooCommerce.Mapping;

/// <summary>
/// WooCommerce has no fulfillment object and core has no tracking field: a shipment is told as an order note
/// ("Shipped with UPS: 1Z… https://…"), shown to and e-mailed to the customer when <c>customer_note</c> is true.
/// </summary>
internal static class FulfillmentNote
{
    public static string Text(FulfillmentPush fulfillment) =>
        string.Join(' ', new[] { $"Shipped with {fulfillment.Carrier}:", fulfillment.TrackingNumber, fulfillment.TrackingUrl }
            .Where(part => !string.IsNullOrWhiteSpace(part)));

    public static JsonObject Body(FulfillmentPush fulfillment) => new()
    {
        ["note"] = Text(fulfillment),
        ["customer_note"] = fulfillment.NotifyCustomer,
    };

    /// <summary>True when one of the order's notes (<c>GET /orders/{id}/notes</c>) already names the tracking number.</summary>
    public static bool AlreadyNoted(IEnumerable<JsonElement> notes, string trackingNumber) =>
        notes.Any(note => note.Str("note") is { } text && text.Contains(trackingNumber, StringComparison.OrdinalIgnoreCase));

    public static JsonObject Status(string status) => new() { ["status"] = status };
}
