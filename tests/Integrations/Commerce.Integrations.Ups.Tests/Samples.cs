using System.Text.Json.Nodes;
using Commerce.Integrations.Abstractions.Carriers;

namespace Commerce.Integrations.Ups.Tests;

/// <summary>The authored payloads (see Payloads/README.md) and a shipment to rate and label.</summary>
internal static class Samples
{
    public static string Payload(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Payloads", name));

    public static JsonNode Json(string name) => JsonNode.Parse(Payload(name))!;

    public static readonly ShippingAddress Warehouse = new(
        "Dock Manager", "Acme Outdoor", "2311 Old Milton Pkwy", "Suite 200", "Alpharetta", "GA", "30005", "US", "4045550100", null);

    public static readonly ShippingAddress Customer = new(
        "Jane Doe", null, "12 Main St", null, "Timonium", "MD", "21093", "US", null, "jane@example.com");

    public static readonly ShipmentDetails Shipment = new(Warehouse, Customer, new Parcel(12m, 10m, 6.5m, 5.25m), "pkg-1001");

    public static CarrierAccount Account(Uri? baseUrl = null, string id = "ups-main") => new(id, "ups", new Dictionary<string, string>
    {
        ["ClientId"] = "test-client",
        ["ClientSecret"] = "s3cret-value",
        ["AccountNumber"] = "A1B2C3",
        ["BaseUrl"] = baseUrl?.ToString() ?? "",
    });

    public static CarrierRate GroundRate => new("ups-main", "UPS", "UPS Ground", 11.37m, "USD", 3, null, 6m, "03", null);
}
