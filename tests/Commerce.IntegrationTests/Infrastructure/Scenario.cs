using System.Net;
using System.Text.Json.Nodes;

namespace Commerce.IntegrationTests.Infrastructure;

/// <summary>Builds the world a test needs through the public API: SKUs, warehouses, stock, orders.</summary>
public sealed class Scenario(HttpClient client)
{
    public async Task<string> Sku(string? code = null)
    {
        code ??= Api.Unique("SKU");
        await client.PostJson("/api/inventory/skus", new
        {
            code, name = $"Product {code}", barcode = BarcodeOf(code), lengthCm = 20, widthCm = 15,
            heightCm = 5, weightKg = 0.4, unitCost = 7.5, currency = "USD",
        }).ExpectJson(HttpStatusCode.Created);
        return code;
    }

    /// <summary>A garden chair: 50 × 40 × 20 cm (19.7 × 15.7 × 7.9 in), 3 kg — one fits the largest test carton at a time.</summary>
    public async Task<string> BulkySku()
    {
        var code = Api.Unique("CHAIR");
        await client.PostJson("/api/inventory/skus", new
        {
            code, name = "Garden chair", barcode = BarcodeOf(code), lengthCm = 50, widthCm = 40, heightCm = 20,
            weightKg = 3, unitCost = 20, currency = "USD",
        }).ExpectJson(HttpStatusCode.Created);
        return code;
    }

    /// <summary>The barcode <see cref="Sku"/> gives a SKU: what a handheld scans.</summary>
    public static string BarcodeOf(string sku) => $"0{Math.Abs(sku.GetHashCode())}";

    public async Task<string> Warehouse(string? code = null)
    {
        code ??= Api.Unique("WH");
        await client.PostJson("/api/inventory/locations", new
        {
            code, name = $"Warehouse {code}",
            address = new { line1 = "1 Dock Road", city = "Reno", region = "NV", postalCode = "89501", countryCode = "US" },
        }).ExpectJson(HttpStatusCode.Created);
        return code;
    }

    public Task<JsonNode> Receive(string sku, string location, int quantity) =>
        client.PostJson("/api/inventory/receipts", new { sku, location, quantity, reference = "PO-1" })
            .ExpectJson(HttpStatusCode.OK);

    public static object Order(string externalId, params (string Sku, int Quantity)[] lines) =>
        Order(externalId, "standard", lines);

    public static object Order(string externalId, string serviceLevel, params (string Sku, int Quantity)[] lines) => new
    {
        channel = "api",
        externalId,
        customer = new { name = "Ada Lovelace", email = "ada@example.com", phone = "+1 555 0100" },
        shippingAddress = new
        {
            name = "Ada Lovelace", line1 = "12 Analytical St", city = "Austin", region = "TX", postalCode = "78701",
            countryCode = "US",
        },
        serviceLevel,
        lines = lines.Select(l => new { sku = l.Sku, quantity = l.Quantity, unitPrice = 19.99, currency = "USD" }).ToArray(),
    };

    public async Task<JsonNode> PlaceOrder(string externalId, params (string Sku, int Quantity)[] lines) =>
        await client.PostJson("/api/orders", Order(externalId, lines)).ExpectJson(HttpStatusCode.Created);

    public async Task<JsonNode> GetOrder(string id) =>
        await client.GetAsync($"/api/orders/{id}").ExpectJson(HttpStatusCode.OK);

    public Task<JsonNode> OrderWhen(string id, Func<JsonNode, bool> done) =>
        Api.Eventually(() => GetOrder(id), done);

    public Task<JsonNode> OrderInStatus(string id, string status) =>
        OrderWhen(id, o => (string?)o["status"] == status);

    public async Task<JsonArray> StockBySku(string sku) =>
        (await client.GetAsync($"/api/inventory/stock/by-sku/{sku}").ExpectJson(HttpStatusCode.OK)).AsArray();

    public async Task<JsonArray> Ledger(string sku) =>
        (await client.GetAsync($"/api/inventory/ledger?sku={sku}&pageSize=500").ExpectJson(HttpStatusCode.OK))["items"]!.AsArray();
}
