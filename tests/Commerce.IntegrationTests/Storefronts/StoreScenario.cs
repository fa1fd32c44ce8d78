using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Commerce.IntegrationTests.Infrastructure;
using Commerce.Integrations.Abstractions;

namespace Commerce.IntegrationTests.Storefronts;

/// <summary>What a store sends and what the tests read back: order bodies, signed deliveries, the storefront API.</summary>
public sealed class StoreScenario(CommerceApp app, HttpClient client)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static readonly DateTimeOffset Created = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    public static TestOrder Order(string id, params (string LineId, string? Sku, int Quantity)[] lines) => new(
        id, $"#{id}", "paid", Created, Created.AddMinutes(1),
        new TestCustomer("Grace Hopper", "grace@example.com", "+1 555 0101"),
        new TestAddress("Grace Hopper", "1 Compiler Way", null, "Arlington", "VA", "22201", "us"),
        "USD", lines.Sum(l => l.Quantity * 12.5m), "expedited",
        lines.Select(l => new TestLine(l.LineId, l.Sku, $"Product {l.Sku ?? "without SKU"}", l.Quantity, 12.5m)).ToList());

    public static string Body(object payload) => JsonSerializer.Serialize(payload, Json);

    public static string Sign(string body, string secret = StorefrontFixture.Secret) =>
        HmacSignature.Base64(secret, Encoding.UTF8.GetBytes(body));

    /// <summary>A delivery as the store posts it: signed unless told otherwise, with fresh ids unless given.</summary>
    public static HttpRequestMessage Delivery(
        string topic, string body, string? webhookId = null, string? eventId = null, string? signature = null, bool signed = true,
        string store = StorefrontFixture.StoreId, string connector = TestStoreConnector.Key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/webhooks/{connector}/{store}")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(TestStoreConnector.TopicHeader, topic);
        request.Headers.Add(TestStoreConnector.WebhookIdHeader, webhookId ?? Guid.NewGuid().ToString());
        if (eventId is not null) request.Headers.Add(TestStoreConnector.EventIdHeader, eventId);
        request.Headers.Add(TestStoreConnector.TriggeredAtHeader, DateTimeOffset.UtcNow.ToString("O"));
        if (signed) request.Headers.Add(TestStoreConnector.SignatureHeader, signature ?? Sign(body));
        return request;
    }

    public async Task<HttpResponseMessage> Send(HttpRequestMessage request) => await app.AnonymousClient().SendAsync(request);

    public async Task<JsonNode> Post(string topic, object payload, string? webhookId = null, string? eventId = null)
    {
        var response = await Send(Delivery(topic, Body(payload), webhookId, eventId));
        return await Task.FromResult(response).ExpectJson(HttpStatusCode.OK);
    }

    public async Task<JsonArray> Deliveries(string? query = null) =>
        (await client.GetAsync($"/api/storefronts/deliveries?pageSize=500{query}").ExpectJson(HttpStatusCode.OK))["items"]!.AsArray();

    public Task<JsonArray> DeliveriesWhen(Func<JsonArray, bool> done, string? query = null) =>
        Api.Eventually(() => Deliveries(query), done);

    /// <summary>Waits until no delivery is pending: everything received was processed.</summary>
    public Task<JsonArray> AllProcessed() => DeliveriesWhen(d => d.All(x => (string?)x!["status"] != "Pending"));

    public async Task<JsonNode> Delivery(string id) =>
        await client.GetAsync($"/api/storefronts/deliveries/{id}").ExpectJson(HttpStatusCode.OK);

    public async Task<List<JsonNode>> OrdersOf(string externalId, string channel = StorefrontFixture.Channel) =>
        (await client.GetAsync($"/api/orders?channel={channel}&pageSize=500").ExpectJson(HttpStatusCode.OK))["items"]!.AsArray()
        .Where(o => (string?)o!["externalId"] == externalId).Select(o => o!).ToList();

    public async Task<JsonNode> PlacedOrder(string externalId)
    {
        var orders = await Api.Eventually(() => OrdersOf(externalId), o => o.Count > 0);
        Assert.Single(orders);
        return await client.GetAsync($"/api/orders/{orders[0]["id"]}").ExpectJson(HttpStatusCode.OK);
    }

    public async Task<JsonNode?> StoreOrder(string externalId) =>
        (await client.GetAsync($"/api/storefronts/orders?externalId={externalId}").ExpectJson(HttpStatusCode.OK))["items"]!.AsArray().SingleOrDefault();

    public async Task<JsonArray> PushAttempts(string? query = null) =>
        (await client.GetAsync($"/api/storefronts/push-attempts?pageSize=500{query}").ExpectJson(HttpStatusCode.OK))["items"]!.AsArray();

    public async Task<JsonNode> Store(string id = StorefrontFixture.StoreId) =>
        await client.GetAsync($"/api/storefronts/stores/{id}").ExpectJson(HttpStatusCode.OK);

    public static StringContent JsonContent(string json) => new(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
}
