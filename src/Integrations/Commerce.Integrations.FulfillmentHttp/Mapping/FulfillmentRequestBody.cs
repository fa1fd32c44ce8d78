using System.Text.Json;
using Commerce.Integrations.Abstractions.Fulfillment;

namespace Commerce.Integrations.FulfillmentHttp.Mapping;

/// <summary>
/// Writes a fulfillment request as the protocol's JSON (camelCase, UTF-8, every documented field present: optional ones
/// are null). These exact bytes are what is signed and sent, so a resend carries the same body and signature.
/// </summary>
internal static class FulfillmentRequestBody
{
    public static string KindName(FulfillmentRequestKind kind) => kind switch
    {
        FulfillmentRequestKind.ThirdPartyFulfillment => "third-party-fulfillment",
        FulfillmentRequestKind.DropshipPurchaseOrder => "dropship-purchase-order",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "The protocol has no such request kind."),
    };

    public static byte[] Serialize(FulfillmentRequest request)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("requestId", request.RequestId);
            json.WriteString("kind", KindName(request.Kind));
            json.WriteString("orderId", request.OrderId);
            json.WriteString("orderReference", request.OrderReference);
            json.WriteString("createdAt", request.CreatedAt);
            json.WriteString("serviceLevel", request.ServiceLevel);

            json.WriteStartObject("shipTo");
            var to = request.ShipTo;
            json.WriteString("name", to.Name);
            json.WriteString("line1", to.Line1);
            json.WriteString("line2", to.Line2);
            json.WriteString("city", to.City);
            json.WriteString("region", to.Region);
            json.WriteString("postalCode", to.PostalCode);
            json.WriteString("countryCode", to.CountryCode);
            json.WriteEndObject();

            json.WriteStartObject("customer");
            json.WriteString("email", request.CustomerEmail);
            json.WriteString("phone", request.CustomerPhone);
            json.WriteEndObject();

            json.WriteString("currency", request.Currency);
            json.WriteStartArray("lines");
            foreach (var line in request.Lines)
            {
                json.WriteStartObject();
                json.WriteNumber("lineNumber", line.LineNumber);
                json.WriteString("sku", line.Sku);
                json.WriteString("description", line.Description);
                json.WriteNumber("quantity", line.Quantity);
                if (line.UnitCost is { } cost) json.WriteNumber("unitCost", cost);
                else json.WriteNull("unitCost");
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
