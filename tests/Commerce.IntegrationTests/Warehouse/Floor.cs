using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Commerce.IntegrationTests.Infrastructure;

namespace Commerce.IntegrationTests.Warehouse;

/// <summary>
/// A small single-block floor built through the API: four aisles 3 m apart and 20 m deep, zone A (aisles 1–2) and
/// zone B (aisles 3–4), the pack station at the front of aisle 1, and three carton sizes.
/// </summary>
public sealed class Floor(HttpClient client, Scenario given)
{
    public string Location { get; private set; } = "";

    public static readonly (string Code, int Aisle, double Position)[] Bins =
    [
        ("A1-05", 1, 5), ("A1-18", 1, 18), ("A2-10", 2, 10), ("B3-15", 3, 15), ("B4-02", 4, 2), ("B4-19", 4, 19),
    ];

    public async Task<Floor> Build()
    {
        Location = await given.Warehouse();
        await client.PutAsJsonAsync($"/api/warehouse/locations/{Location}/layout", new
        {
            aisleLength = 20, depotX = 0,
            aisles = new[]
            {
                new { number = 1, x = 0.0, zone = "A" }, new { number = 2, x = 3.0, zone = "A" },
                new { number = 3, x = 6.0, zone = "B" }, new { number = 4, x = 9.0, zone = "B" },
            },
        }, Api.Json).ExpectJson(HttpStatusCode.OK);
        await client.PostJson($"/api/warehouse/locations/{Location}/bins",
                Bins.Select(b => new { code = b.Code, barcode = "BIN" + b.Code, aisle = b.Aisle, position = b.Position }).ToArray())
            .ExpectJson(HttpStatusCode.Created);
        foreach (var (code, l, w, h, max) in new[] { ("S", 10m, 8m, 4m, 20m), ("M", 14m, 12m, 8m, 40m), ("L", 24m, 18m, 12m, 70m) })
        {
            await client.PostJson($"/api/warehouse/locations/{Location}/boxes",
                new { code, lengthIn = l, widthIn = w, heightIn = h, maxWeightLb = max, tareWeightLb = 0.3m, cost = 0.5m, currency = "USD" })
                .ExpectJson(HttpStatusCode.Created);
        }

        return this;
    }

    /// <summary>New units arrive and go into a bin: Inventory counts them, the bin holds them.</summary>
    public Task<JsonNode> Stock(string sku, string bin, int quantity) =>
        client.PostJson($"/api/warehouse/locations/{Location}/put-aways", new { bin, sku, quantity, receive = true })
            .ExpectJson(HttpStatusCode.OK);

    /// <summary>Waits until Inventory counts the units put away (the receipt travels by message).</summary>
    public Task<JsonArray> StockCounted(string sku, int onHand) =>
        Api.Eventually(() => given.StockBySku(sku), s => s.Any(l => (string?)l!["location"] == Location && (int)l["onHand"]! == onHand));

    public async Task<JsonArray> Ready() =>
        (await client.GetAsync($"/api/warehouse/locations/{Location}/ready-orders").ExpectJson(HttpStatusCode.OK)).AsArray();

    public Task<JsonArray> ReadyWith(params string[] orderIds) =>
        Api.Eventually(Ready, r => orderIds.All(id => r.Any(o => (string?)o!["orderId"] == id)));

    public Task<HttpResponseMessage> Release(object request) =>
        client.PostJson($"/api/warehouse/locations/{Location}/releases", request);

    public async Task<JsonNode> Released(object request) => await Release(request).ExpectJson(HttpStatusCode.OK);

    public Task<HttpResponseMessage> Scan(JsonNode list, JsonNode line, string bin, string item, int? quantity = null) =>
        client.PostJson($"/api/warehouse/pick-lists/{list["id"]}/lines/{line["id"]}/scans", new { bin, item, quantity });

    public async Task<JsonNode> PickAll(JsonNode list, Func<string, string> barcodeOf)
    {
        JsonNode current = list;
        foreach (var line in list["lines"]!.AsArray().Where(l => (string?)l!["status"] == "Open").ToList())
        {
            current = await Scan(list, line!, "BIN" + (string)line!["bin"]!, barcodeOf((string)line["sku"]!),
                    (int)line["quantity"]! - (int)line["picked"]! - (int)line["short"]!)
                .ExpectJson(HttpStatusCode.OK);
        }

        return current;
    }

    public async Task<JsonNode> PickList(string id) =>
        await client.GetAsync($"/api/warehouse/pick-lists/{id}").ExpectJson(HttpStatusCode.OK);

    public string PackingUrl(string orderId) => $"/api/warehouse/locations/{Location}/orders/{orderId}/packing";

    public async Task<JsonNode> Packing(string orderId) =>
        await client.GetAsync(PackingUrl(orderId)).ExpectJson(HttpStatusCode.OK);

    /// <summary>Packs the order as the pack station suggests (a box each, every unit scanned in) and completes it.</summary>
    public async Task<JsonNode> PackAsSuggested(string orderId)
    {
        var packing = await Packing(orderId);
        Assert.True((bool)packing["readyToPack"]!, (string?)packing["notReadyBecause"]);
        foreach (var suggested in packing["suggestion"]!.AsArray())
        {
            var package = await client.PostJson(PackingUrl(orderId) + "/packages", new { box = (string)suggested!["box"]! })
                .ExpectJson(HttpStatusCode.Created);
            foreach (var item in suggested["items"]!.AsArray())
            {
                await client.PostJson($"{PackingUrl(orderId)}/packages/{package["id"]}/scans",
                    new { item = Scenario.BarcodeOf((string)item!["sku"]!), quantity = (int)item["quantity"]! }).ExpectJson(HttpStatusCode.OK);
            }
        }

        var done = await client.PostJson(PackingUrl(orderId) + "/complete", new { }).ExpectJson(HttpStatusCode.OK);
        Assert.True((bool)done["packed"]!);
        return done;
    }

    public async Task<JsonArray> BinStock(string sku) =>
        (await client.GetAsync($"/api/warehouse/locations/{Location}/bin-stock?sku={sku}").ExpectJson(HttpStatusCode.OK)).AsArray();

    public static int Sum(JsonArray rows, string field) => rows.Sum(r => (int)r![field]!);
}
