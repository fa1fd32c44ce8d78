using System.Text.Json.Nodes;
using Commerce.Integrations.Abstractions.Storefronts;

namespace Acme.Commerce.Connector.Mapping;

/// <summary>
/// The body of <c>POST orders/{id}/fulfillments</c>. Acme matches a line by its id, or by SKU when the id is not known.
/// The request carries <c>Idempotency-Key: {FulfillmentId}</c>: Acme answers a repeat with the fulfillment it already
/// recorded, so a retry after a lost answer never ships twice.
/// </summary>
internal static class FulfillmentRequest
{
    public static JsonObject Body(FulfillmentPush fulfillment) => new()
    {
        ["carrier"] = fulfillment.Carrier,
        ["tracking_number"] = fulfillment.TrackingNumber,
        ["tracking_url"] = fulfillment.TrackingUrl,
        ["notify_customer"] = fulfillment.NotifyCustomer,
        ["lines"] = new JsonArray(fulfillment.Lines.Select(line => (JsonNode)new JsonObject
        {
            ["line_id"] = line.ExternalLineId,
            ["sku"] = line.Sku,
            ["quantity"] = line.Quantity,
        }).ToArray()),
    };
}
