using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Commerce.IntegrationTests.Infrastructure;
using Commerce.Integrations.Abstractions;
using Commerce.Kernel;
using Commerce.Kernel.Security;
using Commerce.Orders.Contracts;
using Commerce.Testing;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;

namespace Commerce.IntegrationTests.Storefronts;

/// <summary>
/// A host with one store on the real Shopify connector and one on the real WooCommerce connector (both registered by the
/// host's Program), whose APIs are played by one local server: Shopify under <c>/admin/api/2025-10/</c>, WooCommerce
/// under <c>/wp-json/wc/v3/</c>. Reconciliation runs only when asked for.
/// </summary>
public abstract class RealStorefrontFixture(DatabaseProvider provider) : IAsyncLifetime
{
    public const string ShopifyStore = "acme-shopify";
    public const string ShopifyChannel = "shopify-web";
    public const string ShopifySecret = "shpss_e2e_client_secret";
    public const string ShopifyToken = "shpat_e2e_access_token";
    public const string ShopifyVersion = "/admin/api/2025-10/";
    public const string WooStore = "teekontor";
    public const string WooChannel = "woo-web";
    public const string WooSecret = "woo webhook secret ✓";
    public const string WooKey = "ck_e2e_consumer_key";
    public const string WooConsumerSecret = "cs_e2e_consumer_secret";
    public const string WooApi = "/wp-json/wc/v3/";

    public CommerceApp App { get; private set; } = null!;

    public LocalHttpServer VendorApi { get; private set; } = null!;

    public DatabaseReset Reset { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        VendorApi = await LocalHttpServer.StartAsync();
        var site = VendorApi.Address.ToString().TrimEnd('/');
        var settings = new Dictionary<string, string>
        {
            [$"Commerce:Storefronts:Stores:{ShopifyStore}:Connector"] = "shopify",
            [$"Commerce:Storefronts:Stores:{ShopifyStore}:Channel"] = ShopifyChannel,
            [$"Commerce:Storefronts:Stores:{ShopifyStore}:PullIntervalMinutes"] = "1440",
            [$"Commerce:Storefronts:Stores:{ShopifyStore}:PushStock"] = "false",
            [$"Commerce:Storefronts:Stores:{ShopifyStore}:Settings:ShopDomain"] = "acme-e2e.myshopify.com",
            [$"Commerce:Storefronts:Stores:{ShopifyStore}:Settings:BaseUrl"] = site + ShopifyVersion,
            [$"Commerce:Storefronts:Stores:{ShopifyStore}:Settings:AccessToken"] = ShopifyToken,
            [$"Commerce:Storefronts:Stores:{ShopifyStore}:Settings:WebhookSecret"] = ShopifySecret,
            [$"Commerce:Storefronts:Stores:{ShopifyStore}:Settings:LocationId"] = "905684977",
            [$"Commerce:Storefronts:Stores:{WooStore}:Connector"] = "woocommerce",
            [$"Commerce:Storefronts:Stores:{WooStore}:Channel"] = WooChannel,
            [$"Commerce:Storefronts:Stores:{WooStore}:PullIntervalMinutes"] = "1440",
            [$"Commerce:Storefronts:Stores:{WooStore}:PushStock"] = "false",
            [$"Commerce:Storefronts:Stores:{WooStore}:Settings:BaseUrl"] = site + "/",
            [$"Commerce:Storefronts:Stores:{WooStore}:Settings:ConsumerKey"] = WooKey,
            [$"Commerce:Storefronts:Stores:{WooStore}:Settings:ConsumerSecret"] = WooConsumerSecret,
            [$"Commerce:Storefronts:Stores:{WooStore}:Settings:WebhookSecret"] = WooSecret,
        };
        for (var i = 0; i < 2; i++)
            settings[$"Commerce:Storefronts:PushRetryDelays:{i}"] = TimeSpan.FromSeconds(1).ToString("c", CultureInfo.InvariantCulture);
        App = await CommerceApp.StartAsync(provider, settings: settings);
        Reset = new DatabaseReset(provider, App.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await VendorApi.DisposeAsync();
    }
}

public sealed class RealStorefrontSqliteApp() : RealStorefrontFixture(DatabaseProvider.Sqlite);

public sealed class RealStorefrontPostgresApp() : RealStorefrontFixture(DatabaseProvider.Postgres);

/// <summary>The vendors' recorded payloads, linked from the connector test projects (see their Fixtures/README.md).</summary>
internal static class VendorPayloads
{
    /// <summary>Shopify's sample id above 2^53: it must arrive as the exact 64-bit id string.</summary>
    public const string ShopifyOrderId = "820982911946154508";

    public static string Text(string relativePath) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", relativePath), Encoding.UTF8);

    /// <summary>The Shopify order webhook body: order.json without its envelope, raw, with the order id replaced.</summary>
    public static string ShopifyOrder(string id = ShopifyOrderId)
    {
        using var document = System.Text.Json.JsonDocument.Parse(Text("Shopify/rest-admin/order.json"));
        var raw = document.RootElement.GetProperty("order").GetRawText();
        Assert.Contains("\"id\": 450789469", raw);
        return raw.Replace("\"id\": 450789469", $"\"id\": {id}");
    }

    public static readonly string[] ShopifySkus = ["IPOD2008GREEN", "IPOD2008RED", "IPOD2008BLACK"];

    /// <summary>Our own WooCommerce order body (order 4182: TEA-ASSAM-250 × 2 and a line without SKU).</summary>
    public static string WooOrder(string id = "4182")
    {
        var raw = Text("WooCommerce/own/order-updated.webhook.json");
        Assert.Contains("\"id\": 4182,", raw);
        return raw.Replace("\"id\": 4182,", $"\"id\": {id},");
    }

    public const string WooSku = "TEA-ASSAM-250";
}

/// <summary>
/// The real Shopify and WooCommerce connectors end to end through the host: signed webhooks into orders, reconciliation
/// against a local server speaking the vendor's list API, and shipments pushed back.
/// </summary>
public abstract class RealStorefrontTests(RealStorefrontFixture fixture) : IAsyncLifetime
{
    private CommerceApp App { get; } = fixture.App;
    private HttpClient Client { get; } = fixture.App.ClientWithRole(Roles.Admin);
    private Scenario Given => new(Client);
    private StoreScenario Store => new(App, Client);
    private LocalHttpServer VendorApi { get; } = fixture.VendorApi;
    private IMessageBus Bus => App.Services.GetRequiredService<IMessageBus>();

    public Task InitializeAsync()
    {
        VendorApi.Reset();
        return fixture.Reset.ResetAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static HttpRequestMessage ShopifyDelivery(string topic, string body, string? webhookId = null, string? signature = null)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var request = new HttpRequestMessage(HttpMethod.Post, $"/webhooks/shopify/{RealStorefrontFixture.ShopifyStore}")
        {
            Content = new ByteArrayContent(bytes),
        };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add("X-Shopify-Topic", topic);
        request.Headers.Add("X-Shopify-Hmac-Sha256", signature ?? HmacSignature.Base64(RealStorefrontFixture.ShopifySecret, bytes));
        request.Headers.Add("X-Shopify-Webhook-Id", webhookId ?? Guid.NewGuid().ToString());
        request.Headers.Add("X-Shopify-Event-Id", Guid.NewGuid().ToString());
        request.Headers.Add("X-Shopify-Shop-Domain", "acme-e2e.myshopify.com");
        request.Headers.Add("X-Shopify-API-Version", "2025-10");
        request.Headers.Add("X-Shopify-Triggered-At", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        return request;
    }

    private static HttpRequestMessage WooDelivery(string topic, string body, string deliveryId, string? signature = null)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var request = new HttpRequestMessage(HttpMethod.Post, $"/webhooks/woocommerce/{RealStorefrontFixture.WooStore}")
        {
            Content = new ByteArrayContent(bytes),
        };
        request.Content.Headers.ContentType = new("application/json") { CharSet = "utf-8" };
        request.Headers.Add("X-WC-Webhook-Source", "https://teekontor.example/");
        request.Headers.Add("X-WC-Webhook-Topic", topic);
        request.Headers.Add("X-WC-Webhook-Resource", topic.Split('.')[0]);
        request.Headers.Add("X-WC-Webhook-Event", topic.Split('.')[1]);
        request.Headers.Add("X-WC-Webhook-Signature", signature ?? HmacSignature.Base64(RealStorefrontFixture.WooSecret, bytes));
        request.Headers.Add("X-WC-Webhook-ID", "17");
        request.Headers.Add("X-WC-Webhook-Delivery-ID", deliveryId);
        return request;
    }

    private async Task<string> Status(HttpRequestMessage request) =>
        (string)(await Task.FromResult(await Store.Send(request)).ExpectJson(HttpStatusCode.OK))["status"]!;

    private async Task ShopifySkus()
    {
        foreach (var sku in VendorPayloads.ShopifySkus) await Given.Sku(sku);
    }

    private async Task<JsonNode> PlacedOrder(string externalId, string channel)
    {
        var orders = await Api.Eventually(() => Store.OrdersOf(externalId, channel), o => o.Count > 0);
        var order = Assert.Single(orders);
        return await Client.GetAsync($"/api/orders/{order["id"]}").ExpectJson(HttpStatusCode.OK);
    }

    private async Task<JsonArray> AllOrders() =>
        (await Client.GetAsync("/api/orders?pageSize=500").ExpectJson(HttpStatusCode.OK))["items"]!.AsArray();

    [Fact]
    public async Task Shopify_a_signed_order_webhook_places_one_order_with_the_64_bit_id_once_however_often_delivered_and_its_cancellation_cancels_it_once()
    {
        await ShopifySkus();
        var body = VendorPayloads.ShopifyOrder();

        // A wrong signature: refused, nothing stored.
        var forged = await Store.Send(ShopifyDelivery("orders/create", body, signature: HmacSignature.Base64("not-the-secret", Encoding.UTF8.GetBytes(body))));
        await forged.EnsureStatus(HttpStatusCode.Unauthorized);
        Assert.Empty(await Store.Deliveries());
        Assert.Empty(await AllOrders());

        Assert.Equal("accepted", await Status(ShopifyDelivery("orders/create", body)));
        var order = await PlacedOrder(VendorPayloads.ShopifyOrderId, RealStorefrontFixture.ShopifyChannel);
        Assert.Equal(RealStorefrontFixture.ShopifyChannel, (string?)order["channel"]);
        Assert.Equal(VendorPayloads.ShopifyOrderId, (string?)order["externalId"]);
        Assert.Equal(VendorPayloads.ShopifySkus, order["lines"]!.AsArray().Select(l => (string)l!["sku"]!));

        // The same delivery three times at once: still one order.
        var webhookId = Guid.NewGuid().ToString();
        var answers = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Status(ShopifyDelivery("orders/create", body, webhookId))));
        Assert.Equal(3, answers.Length);
        await Store.AllProcessed();
        var all = await AllOrders();
        Assert.Single(all);
        Assert.Equal(VendorPayloads.ShopifyOrderId, (string?)all[0]!["externalId"]);

        // orders/cancelled, newer than the creation: the order is cancelled, once.
        var cancelled = body
            .Replace("\"cancelled_at\": null", "\"cancelled_at\": \"2008-01-10T12:00:00-05:00\"")
            .Replace("\"cancel_reason\": null", "\"cancel_reason\": \"customer\"")
            .Replace("\"updated_at\": \"2008-01-10T11:00:00-05:00\"", "\"updated_at\": \"2008-01-10T12:00:00-05:00\"");
        Assert.NotEqual(body, cancelled);
        var cancellationId = Guid.NewGuid().ToString();
        for (var i = 0; i < 2; i++) await Status(ShopifyDelivery("orders/cancelled", cancelled, cancellationId));
        await Status(ShopifyDelivery("orders/cancelled", cancelled));
        var orderId = (string)order["id"]!;
        await Given.OrderInStatus(orderId, "Cancelled");
        await Store.AllProcessed();
        await Task.Delay(500);
        Assert.Single((await Given.GetOrder(orderId))["history"]!.AsArray(), h => (string?)h!["to"] == "Cancelled");
        Assert.Single(await AllOrders());

        // The store cancelled it: nothing is sent back to Shopify, not even when someone cancels it here as well.
        await Client.PostJson($"/api/orders/{orderId}/cancel", new { reason = "customer" }).ExpectJson(HttpStatusCode.OK);
        await Task.Delay(1000);
        Assert.Empty(VendorApi.RequestsTo("POST", RealStorefrontFixture.ShopifyVersion + "orders/*/cancel.json"));
        Assert.DoesNotContain(VendorApi.Requests, r => r.Method != "GET");
        Assert.Empty(await Cancellations());
    }

    private async Task<JsonArray> Cancellations() =>
        (await Client.GetAsync("/api/storefronts/cancellations?pageSize=500").ExpectJson(HttpStatusCode.OK))["items"]!.AsArray();

    private async Task<JsonArray> CancellationAttempts(string orderId, Func<JsonArray, bool> done) =>
        await Api.Eventually(() => Store.PushAttempts($"&operation=Cancellation&key={orderId}"), done);

    private static string ShopifyOrderAnswer(string? cancelledAt) =>
        new JsonObject { ["order"] = new JsonObject { ["id"] = long.Parse(VendorPayloads.ShopifyOrderId), ["cancelled_at"] = cancelledAt } }.ToJsonString();

    [Fact]
    public async Task Shopify_an_order_cancelled_here_is_cancelled_in_shopify_with_one_cancel_request_naming_the_reason()
    {
        await ShopifySkus();
        await Status(ShopifyDelivery("orders/create", VendorPayloads.ShopifyOrder()));
        var orderId = (string)(await PlacedOrder(VendorPayloads.ShopifyOrderId, RealStorefrontFixture.ShopifyChannel))["id"]!;
        var v = RealStorefrontFixture.ShopifyVersion;
        VendorApi.On("GET", v + "orders/*", CannedResponse.Json(ShopifyOrderAnswer(null)))
            .On("POST", v + "orders/*/cancel.json", CannedResponse.Json(ShopifyOrderAnswer("2026-11-26T12:00:00-05:00")));

        await Client.PostJson($"/api/orders/{orderId}/cancel", new { reason = "The customer asked us to cancel" }).ExpectJson(HttpStatusCode.OK);

        var attempt = Assert.Single(await CancellationAttempts(orderId, a => a.Count > 0 && (string?)a[0]!["outcome"] != "WillRetry"))!;
        Assert.Equal("Succeeded", (string?)attempt["outcome"]);
        var cancel = Assert.Single(VendorApi.RequestsTo("POST", v + "orders/*/cancel.json"));
        Assert.Equal($"/admin/api/2025-10/orders/{VendorPayloads.ShopifyOrderId}/cancel.json", cancel.Path);
        Assert.Equal(RealStorefrontFixture.ShopifyToken, cancel.Header("X-Shopify-Access-Token"));
        Assert.StartsWith("application/json", cancel.Header("Content-Type"));
        Assert.Equal("""{"reason":"customer"}""", cancel.BodyText);
        // It looked first whether Shopify had cancelled the order already.
        var look = Assert.Single(VendorApi.RequestsTo("GET", v + "orders/*"));
        Assert.Equal(($"/admin/api/2025-10/orders/{VendorPayloads.ShopifyOrderId}.json", "?fields=id,cancelled_at"), (look.Path, look.Query));
        Assert.Equal(RealStorefrontFixture.ShopifyToken, look.Header("X-Shopify-Access-Token"));
        Assert.Equal("Pushed", (string?)Assert.Single(await Cancellations())!["status"]);
    }

    [Fact]
    public async Task Shopify_unavailable_for_a_cancellation_through_the_transports_retries_is_asked_again_later_and_both_attempts_are_recorded()
    {
        await ShopifySkus();
        await Status(ShopifyDelivery("orders/create", VendorPayloads.ShopifyOrder()));
        var orderId = (string)(await PlacedOrder(VendorPayloads.ShopifyOrderId, RealStorefrontFixture.ShopifyChannel))["id"]!;
        var v = RealStorefrontFixture.ShopifyVersion;
        var posts = 0;
        // The transport retries a 503 three times within one attempt (a POST only on 429 and 503); the fifth call succeeds.
        VendorApi.On("GET", v + "orders/*", CannedResponse.Json(ShopifyOrderAnswer(null)))
            .On("POST", v + "orders/*/cancel.json", _ => Interlocked.Increment(ref posts) <= 4
                ? new CannedResponse(503, """{"errors":"Service Unavailable"}""", Headers: new Dictionary<string, string> { ["Retry-After"] = "0" })
                : CannedResponse.Json(ShopifyOrderAnswer("2026-11-26T12:00:00-05:00")));

        await Client.PostJson($"/api/orders/{orderId}/cancel", new { reason = "inventory" }).ExpectJson(HttpStatusCode.OK);

        var attempts = await CancellationAttempts(orderId, a => a.Count == 2);
        Assert.Equal([(1, "WillRetry", (int?)503), (2, "Succeeded", null)],
            attempts.Select(a => ((int)a!["attempt"]!, (string)a["outcome"]!, (int?)a["statusCode"])).OrderBy(a => a.Item1));
        Assert.Equal(5, VendorApi.RequestsTo("POST", v + "orders/*/cancel.json").Count);
        Assert.All(VendorApi.RequestsTo("POST", v + "orders/*/cancel.json"), r => Assert.Equal("""{"reason":"inventory"}""", r.BodyText));
        var cancellation = Assert.Single(await Cancellations())!;
        Assert.Equal(("Pushed", 2), ((string?)cancellation["status"], (int)cancellation["attempts"]!));
    }

    [Fact]
    public async Task Shopify_a_refund_decided_here_is_calculated_then_created_in_shopify_once_with_our_id_in_its_note()
    {
        await ShopifySkus();
        await Status(ShopifyDelivery("orders/create", VendorPayloads.ShopifyOrder()));
        var orderId = (string)(await PlacedOrder(VendorPayloads.ShopifyOrderId, RealStorefrontFixture.ShopifyChannel))["id"]!;
        var v = RealStorefrontFixture.ShopifyVersion;
        var order = JsonNode.Parse(VendorPayloads.ShopifyOrder())!;
        VendorApi.On("GET", v + "orders/*/refunds.json", CannedResponse.Json("""{"refunds":[]}"""))
            .On("GET", v + "orders/*", CannedResponse.Json(new JsonObject { ["order"] = order }.ToJsonString()))
            .On("POST", v + "orders/*/refunds/calculate.json", CannedResponse.Json(VendorPayloads.Text("Shopify/rest-admin/refund_calculate.json")))
            .On("POST", v + "orders/*/refunds.json", CannedResponse.Json(VendorPayloads.Text("Shopify/rest-admin/refund.json"), 201));

        var refund = await Client.PostJson($"/api/orders/{orderId}/refunds",
            new { amount = 20.00m, reason = "Scratched on arrival", lines = new[] { new { lineNumber = 2, quantity = 1 } } }).ExpectJson(HttpStatusCode.Created);

        var refundId = (string)refund["id"]!;
        var attempt = Assert.Single(await Api.Eventually(() => Store.PushAttempts($"&operation=Refund&key={refundId}"), a => a.Count > 0))!;
        Assert.Equal("Succeeded", (string?)attempt["outcome"]);
        Assert.Equal($"/admin/api/2025-10/orders/{VendorPayloads.ShopifyOrderId}/refunds.json",
            Assert.Single(VendorApi.RequestsTo("GET", v + "orders/*/refunds.json")).Path);
        var create = Assert.Single(VendorApi.RequestsTo("POST", v + "orders/*/refunds.json"));
        Assert.Equal(RealStorefrontFixture.ShopifyToken, create.Header("X-Shopify-Access-Token"));
        var body = JsonNode.Parse(create.BodyText)!["refund"]!;
        Assert.Equal($"Scratched on arrival [commerce-refund:{refundId}]", (string?)body["note"]);
        // Our line 2 is Shopify's red iPod; stock is ours to count, so Shopify restocks nothing.
        var line = Assert.Single(body["refund_line_items"]!.AsArray())!;
        var red = order["line_items"]!.AsArray().Single(l => (string?)l!["sku"] == "IPOD2008RED")!;
        Assert.Equal(((long)red["id"]!, 1, "no_restock"), ((long)line["line_item_id"]!, (int)line["quantity"]!, (string?)line["restock_type"]));
        var transaction = Assert.Single(body["transactions"]!.AsArray())!;
        Assert.Equal((20.00m, "refund"), ((decimal)transaction["amount"]!, (string?)transaction["kind"]));
        var pushed = Assert.Single((await Client.GetAsync("/api/storefronts/refund-pushes").ExpectJson(HttpStatusCode.OK))["items"]!.AsArray())!;
        Assert.Equal((refundId, "Pushed", 1, 20.00m), ((string?)pushed["refundId"], (string?)pushed["status"], (int)pushed["attempts"]!, (decimal)pushed["amount"]!));

        // Shopify's refunds/create notice of that very refund carries our id: recorded as the store's, not counted again.
        var notice = JsonNode.Parse(VendorPayloads.Text("Shopify/rest-admin/refund.json"))!["refund"]!;
        notice["order_id"] = long.Parse(VendorPayloads.ShopifyOrderId);
        notice["note"] = (string?)body["note"];
        await Status(ShopifyDelivery("refunds/create", notice.ToJsonString()));
        // A refund made in Shopify itself, after it: counted. Channel refunds are applied in the order received, so the
        // notice of ours would have been counted by now too.
        notice["id"] = 509562970L;
        notice["note"] = "it broke during shipping";
        await Status(ShopifyDelivery("refunds/create", notice.ToJsonString()));
        var refunded = await Given.OrderWhen(orderId, o => o["refunds"]!.AsArray().Count > 1);
        var refunds = refunded["refunds"]!.AsArray().OrderBy(r => (string?)r!["origin"]).ToList();
        Assert.Equal([("channel", "509562970"), ("here", null)], refunds.Select(r => ((string?)r!["origin"], (string?)r["channelRefundId"])));
        Assert.Equal(20.00m + (decimal)refunds[0]!["amount"]!, (decimal)refunded["refunded"]!);
    }

    [Fact]
    public async Task WooCommerce_an_order_cancelled_here_is_set_to_cancelled_with_the_reason_in_a_private_note()
    {
        await Given.Sku(VendorPayloads.WooSku);
        await Status(WooDelivery("order.created", VendorPayloads.WooOrder(), "d-cancel"));
        var orderId = (string)(await PlacedOrder("4182", RealStorefrontFixture.WooChannel))["id"]!;
        var wc = RealStorefrontFixture.WooApi;
        VendorApi.On("PUT", wc + "orders/4182", CannedResponse.Json(VendorPayloads.Text("WooCommerce/rest-v3/orders-update-status.response.json")));
        VendorApi.On("GET", wc + "orders/4182/notes", CannedResponse.Json("[]"));
        VendorApi.On("POST", wc + "orders/4182/notes", CannedResponse.Json(VendorPayloads.Text("WooCommerce/rest-v3/order-notes-create.response.json"), 201));

        await Client.PostJson($"/api/orders/{orderId}/cancel", new { reason = "Out of stock" }).ExpectJson(HttpStatusCode.OK);

        var attempt = Assert.Single(await CancellationAttempts(orderId, a => a.Count > 0 && (string?)a[0]!["outcome"] != "WillRetry"))!;
        Assert.Equal("Succeeded", (string?)attempt["outcome"]);
        Assert.Equal(["PUT /wp-json/wc/v3/orders/4182", "GET /wp-json/wc/v3/orders/4182/notes", "POST /wp-json/wc/v3/orders/4182/notes"],
            VendorApi.Requests.Select(r => $"{r.Method} {r.Path}{r.Query}"));
        var basic = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{RealStorefrontFixture.WooKey}:{RealStorefrontFixture.WooConsumerSecret}"));
        Assert.All(VendorApi.Requests, r => Assert.Equal(basic, r.Header("Authorization")));
        var put = VendorApi.Requests[0];
        Assert.StartsWith("application/json", put.Header("Content-Type"));
        Assert.Equal("""{"status":"cancelled"}""", put.BodyText);
        Assert.Contains("\"note\":\"Cancelled in Commerce:", VendorApi.Requests[2].BodyText);
        Assert.Contains("\"customer_note\":false", VendorApi.Requests[2].BodyText);
    }

    [Fact]
    public async Task WooCommerce_a_refund_decided_here_is_recorded_in_woocommerce_with_our_id_in_its_reason_and_nothing_restocked()
    {
        await Given.Sku(VendorPayloads.WooSku);
        await Status(WooDelivery("order.created", VendorPayloads.WooOrder(), "d-refund"));
        var orderId = (string)(await PlacedOrder("4182", RealStorefrontFixture.WooChannel))["id"]!;
        var wc = RealStorefrontFixture.WooApi;
        VendorApi.On("GET", wc + "orders/4182/refunds", CannedResponse.Json("[]"))
            .On("GET", wc + "orders/4182", CannedResponse.Json(VendorPayloads.WooOrder()))
            .On("POST", wc + "orders/4182/refunds", CannedResponse.Json(VendorPayloads.Text("WooCommerce/rest-v3/order-refunds-create.response.json"), 201));

        var refund = await Client.PostJson($"/api/orders/{orderId}/refunds",
            new { amount = 8.90m, reason = "One tin dented", lines = new[] { new { lineNumber = 1, quantity = 1 } } }).ExpectJson(HttpStatusCode.Created);

        var refundId = (string)refund["id"]!;
        var attempt = Assert.Single(await Api.Eventually(() => Store.PushAttempts($"&operation=Refund&key={refundId}"), a => a.Count > 0))!;
        Assert.Equal("Succeeded", (string?)attempt["outcome"]);
        Assert.Equal(["GET /wp-json/wc/v3/orders/4182/refunds", "GET /wp-json/wc/v3/orders/4182", "POST /wp-json/wc/v3/orders/4182/refunds"],
            VendorApi.Requests.Select(r => $"{r.Method} {r.Path}"));
        var basic = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{RealStorefrontFixture.WooKey}:{RealStorefrontFixture.WooConsumerSecret}"));
        Assert.All(VendorApi.Requests, r => Assert.Equal(basic, r.Header("Authorization")));
        var body = JsonNode.Parse(VendorApi.Requests[2].BodyText)!;
        Assert.Equal(("8.90", $"One tin dented [commerce-refund:{refundId}]", false, false),
            ((string?)body["amount"], (string?)body["reason"], (bool)body["api_refund"]!, (bool)body["api_restock"]!));
        // Our line 1 is WooCommerce's line item 9051 (TEA-ASSAM-250).
        var line = Assert.Single(body["line_items"]!.AsArray())!;
        Assert.Equal((9051L, 1), ((long)line["id"]!, (int)line["quantity"]!));
        var pushed = Assert.Single((await Client.GetAsync("/api/storefronts/refund-pushes?store=" + RealStorefrontFixture.WooStore).ExpectJson(HttpStatusCode.OK))["items"]!.AsArray())!;
        Assert.Equal(("Pushed", "EUR"), ((string?)pushed["status"], (string?)pushed["currency"]));
    }

    [Fact]
    public async Task WooCommerce_refusing_a_cancellation_with_a_4xx_is_recorded_and_not_asked_again()
    {
        await Given.Sku(VendorPayloads.WooSku);
        await Status(WooDelivery("order.created", VendorPayloads.WooOrder(), "d-refused"));
        var orderId = (string)(await PlacedOrder("4182", RealStorefrontFixture.WooChannel))["id"]!;
        VendorApi.On("PUT", RealStorefrontFixture.WooApi + "orders/4182", new CannedResponse(400,
            """{"code":"woocommerce_rest_shop_order_invalid_status","message":"Invalid order status.","data":{"status":400}}"""));

        await Client.PostJson($"/api/orders/{orderId}/cancel", new { }).ExpectJson(HttpStatusCode.OK);

        await CancellationAttempts(orderId, a => a.Count > 0);
        await Task.Delay(TimeSpan.FromSeconds(3));
        var attempt = Assert.Single(await Store.PushAttempts($"&operation=Cancellation&key={orderId}"))!;
        Assert.Equal(("Failed", 400), ((string?)attempt["outcome"], (int)attempt["statusCode"]!));
        Assert.Contains("Invalid order status.", (string?)attempt["error"]);
        Assert.Single(VendorApi.RequestsTo("PUT", RealStorefrontFixture.WooApi + "orders/4182"));
        Assert.Equal("Failed", (string?)Assert.Single(await Cancellations())!["status"]);
    }

    [Fact]
    public async Task Shopify_orders_updated_with_changed_lines_holds_the_order_with_the_reason_and_a_repeat_changes_nothing_more()
    {
        await ShopifySkus();
        await Status(ShopifyDelivery("orders/create", VendorPayloads.ShopifyOrder()));
        var orderId = (string)(await PlacedOrder(VendorPayloads.ShopifyOrderId, RealStorefrontFixture.ShopifyChannel))["id"]!;
        await Store.AllProcessed();
        // Edited in Shopify: one more green, the black one removed (current_quantity, since REST 2024-01).
        var edited = JsonNode.Parse(VendorPayloads.ShopifyOrder())!;
        edited["updated_at"] = "2008-01-10T13:00:00-05:00";
        var lines = edited["line_items"]!.AsArray();
        lines[0]!["current_quantity"] = 2;
        lines[1]!["current_quantity"] = 1;
        lines[2]!["current_quantity"] = 0;
        var body = edited.ToJsonString();
        var webhookId = Guid.NewGuid().ToString();

        Assert.Equal("accepted", await Status(ShopifyDelivery("orders/updated", body, webhookId)));

        var held = await Given.OrderInStatus(orderId, "OnHold");
        Assert.Equal("The store changed the order's lines after it was placed: sku IPOD2008GREEN 1→2, sku IPOD2008BLACK removed 1→0; " +
                     "review before fulfilment.", (string?)held["holdReason"]);
        Assert.Equal("duplicate", await Status(ShopifyDelivery("orders/updated", body, webhookId)));
        await Status(ShopifyDelivery("orders/updated", body)); // another delivery of the same event: not newer
        await Status(ShopifyDelivery("orders/updated", body.Replace("2008-01-10T13:00:00-05:00", "2008-01-10T14:00:00-05:00")));
        var deliveries = await Store.AllProcessed();
        Assert.Contains("as noted before", (string?)deliveries[0]!["outcome"]);
        Assert.Contains("not newer", (string?)deliveries[1]!["outcome"]);
        await Task.Delay(500);
        Assert.Single((await Given.GetOrder(orderId))["history"]!.AsArray(), h => (string?)h!["to"] == "OnHold");
        Assert.Empty(VendorApi.Requests);
    }

    [Fact]
    public async Task WooCommerce_a_signed_order_created_webhook_places_one_order_the_activation_ping_stores_nothing_and_a_repeat_is_a_duplicate()
    {
        await Given.Sku(VendorPayloads.WooSku);

        var ping = new HttpRequestMessage(HttpMethod.Post, $"/webhooks/woocommerce/{RealStorefrontFixture.WooStore}")
        {
            Content = new StringContent("webhook_id=17", Encoding.UTF8, "application/x-www-form-urlencoded"),
        };
        Assert.Equal("ping", await Status(ping));
        Assert.Empty(await Store.Deliveries());
        Assert.Empty(await AllOrders());

        var body = VendorPayloads.WooOrder();
        var deliveryId = "f6a1d8d0b3e0c7f1c2a5e9b4d7c3a1e0";
        Assert.Equal("accepted", await Status(WooDelivery("order.created", body, deliveryId)));
        var order = await PlacedOrder("4182", RealStorefrontFixture.WooChannel);
        Assert.Equal(RealStorefrontFixture.WooChannel, (string?)order["channel"]);
        Assert.Equal(VendorPayloads.WooSku, (string?)order["lines"]![0]!["sku"]);

        for (var i = 0; i < 2; i++) Assert.Equal("duplicate", await Status(WooDelivery("order.created", body, deliveryId)));
        var wrong = await Store.Send(WooDelivery("order.created", body, "another", signature: HmacSignature.Base64("wrong", Encoding.UTF8.GetBytes(body))));
        await wrong.EnsureStatus(HttpStatusCode.Unauthorized);

        Assert.Single(await Store.AllProcessed());
        Assert.Single(await AllOrders());
    }

    private async Task<JsonNode> Reconciled(string store)
    {
        var run = (string)(await Client.PostAsync($"/api/storefronts/stores/{store}/reconcile", null).ExpectJson(HttpStatusCode.OK))["runId"]!;
        var answer = await Api.Eventually(() => Client.GetAsync($"/api/storefronts/stores/{store}").ExpectJson(HttpStatusCode.OK),
            s => (string?)s["lastReconciliation"]?["runId"] == run && (string?)s["lastReconciliation"]!["outcome"] != "Running");
        return answer["lastReconciliation"]!;
    }

    [Fact]
    public async Task Shopify_reconciliation_pulls_orders_no_webhook_delivered_page_by_page_through_the_link_header()
    {
        await ShopifySkus();
        const string first = "920982911946154601", second = "920982911946154602";
        var api = VendorApi.Address.ToString().TrimEnd('/') + RealStorefrontFixture.ShopifyVersion;
        VendorApi.On("GET", RealStorefrontFixture.ShopifyVersion + "orders.json", request => request.Query.Contains("page_info=p2", StringComparison.Ordinal)
            ? CannedResponse.Json($$"""{"orders":[{{VendorPayloads.ShopifyOrder(second)}}]}""")
            : new CannedResponse(200, $$"""{"orders":[{{VendorPayloads.ShopifyOrder(first)}}]}""",
                Headers: new Dictionary<string, string> { ["Link"] = $"<{api}orders.json?limit=250&page_info=p2>; rel=\"next\"" }));

        var last = await Reconciled(RealStorefrontFixture.ShopifyStore);

        Assert.Equal("Succeeded", (string?)last["outcome"]);
        foreach (var id in new[] { first, second })
            Assert.Equal(id, (string?)(await PlacedOrder(id, RealStorefrontFixture.ShopifyChannel))["externalId"]);
        var sent = VendorApi.RequestsTo("GET", RealStorefrontFixture.ShopifyVersion + "orders.json");
        Assert.Equal(2, sent.Count);
        Assert.All(sent, r => Assert.Equal("/admin/api/2025-10/orders.json", r.Path));
        Assert.All(sent, r => Assert.Equal(RealStorefrontFixture.ShopifyToken, r.Header("X-Shopify-Access-Token")));
        Assert.StartsWith("?status=any&updated_at_min=", sent[0].Query);
        Assert.EndsWith("&order=updated_at+asc&limit=250", sent[0].Query);
        Assert.Equal("?limit=250&page_info=p2", sent[1].Query);
    }

    [Fact]
    public async Task WooCommerce_reconciliation_pulls_orders_no_webhook_delivered_with_basic_auth()
    {
        await Given.Sku(VendorPayloads.WooSku);
        VendorApi.On("GET", RealStorefrontFixture.WooApi + "orders", new CannedResponse(200, $"[{VendorPayloads.WooOrder("5001")}]",
            Headers: new Dictionary<string, string> { ["X-WP-Total"] = "1", ["X-WP-TotalPages"] = "1" }));

        var last = await Reconciled(RealStorefrontFixture.WooStore);

        Assert.Equal("Succeeded", (string?)last["outcome"]);
        Assert.Equal("5001", (string?)(await PlacedOrder("5001", RealStorefrontFixture.WooChannel))["externalId"]);
        var sent = Assert.Single(VendorApi.RequestsTo("GET", RealStorefrontFixture.WooApi + "orders"));
        Assert.Equal("/wp-json/wc/v3/orders", sent.Path);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{RealStorefrontFixture.WooKey}:{RealStorefrontFixture.WooConsumerSecret}")),
            sent.Header("Authorization"));
        foreach (var part in new[] { "modified_after=", "dates_are_gmt=true", "orderby=modified", "order=asc", "per_page=100", "page=1" })
            Assert.Contains(part, sent.Query);
    }

    /// <summary>
    /// Written in the REST FulfillmentOrder shape, as the Shopify connector's tests write it (no recording exists): one
    /// open fulfillment order for the sample order's three lines, its id above 2^53.
    /// </summary>
    private const string FulfillmentOrders = """
        {"fulfillment_orders":[
          {"id": 9007199254740993, "order_id": 820982911946154508, "assigned_location_id": 905684977, "status": "open",
           "line_items": [
             {"id": 1058737487, "fulfillment_order_id": 9007199254740993, "line_item_id": 466157049, "quantity": 1, "fulfillable_quantity": 1},
             {"id": 1058737488, "fulfillment_order_id": 9007199254740993, "line_item_id": 518995019, "quantity": 1, "fulfillable_quantity": 1},
             {"id": 1058737489, "fulfillment_order_id": 9007199254740993, "line_item_id": 703073504, "quantity": 1, "fulfillable_quantity": 1}]}
        ]}
        """;

    private static OrderPartShipped Shipped(Guid shipmentId, Guid orderId, string channel, string externalId, params ShippedLine[] lines) =>
        new(shipmentId, orderId, channel, externalId, "warehouse", "UPS", DateTimeOffset.UtcNow,
            [new ShippedPackage("1Z999AA10123456784", "https://track.example/1Z999AA10123456784")], lines);

    [Fact]
    public async Task Shopify_a_shipped_part_is_pushed_as_a_fulfillment_of_the_open_fulfillment_order_with_tracking()
    {
        await ShopifySkus();
        await Status(ShopifyDelivery("orders/create", VendorPayloads.ShopifyOrder()));
        var order = await PlacedOrder(VendorPayloads.ShopifyOrderId, RealStorefrontFixture.ShopifyChannel);
        var v = RealStorefrontFixture.ShopifyVersion;
        VendorApi.On("GET", v + "orders/*/fulfillments.json", CannedResponse.Json("""{"fulfillments":[]}"""))
            .On("GET", v + "orders/*/fulfillment_orders.json", CannedResponse.Json(FulfillmentOrders))
            .On("GET", v + "orders/*", CannedResponse.Json($$"""{"order":{{VendorPayloads.ShopifyOrder()}}}"""))
            .On("POST", v + "fulfillments.json", CannedResponse.Json(VendorPayloads.Text("Shopify/rest-admin/fulfillment.json"), 201));
        var shipmentId = Guid.NewGuid();

        await Bus.PublishAsync(Shipped(shipmentId, Guid.Parse((string)order["id"]!), RealStorefrontFixture.ShopifyChannel, VendorPayloads.ShopifyOrderId,
            new ShippedLine(1, VendorPayloads.ShopifySkus[0], 1), new ShippedLine(3, VendorPayloads.ShopifySkus[2], 1)));

        var attempts = await Api.Eventually(() => Store.PushAttempts($"&key={shipmentId}"), a => a.Count > 0 && (string?)a[0]!["outcome"] != "WillRetry");
        var attempt = Assert.Single(attempts)!;
        Assert.Equal(("Fulfillment", "Succeeded"), ((string?)attempt["operation"], (string?)attempt["outcome"]));
        Assert.Equal($"{v}orders/{VendorPayloads.ShopifyOrderId}/fulfillment_orders.json",
            Assert.Single(VendorApi.RequestsTo("GET", v + "orders/*/fulfillment_orders.json")).Path);
        var post = Assert.Single(VendorApi.RequestsTo("POST", v + "fulfillments.json"));
        Assert.Equal(RealStorefrontFixture.ShopifyToken, post.Header("X-Shopify-Access-Token"));
        Assert.Contains("\"fulfillment_order_id\":9007199254740993", post.BodyText);
        var fulfillment = JsonNode.Parse(post.BodyText)!["fulfillment"]!;
        Assert.Equal("""[{"id":1058737487,"quantity":1},{"id":1058737489,"quantity":1}]""",
            fulfillment["line_items_by_fulfillment_order"]![0]!["fulfillment_order_line_items"]!.ToJsonString());
        Assert.Equal(("UPS", "1Z999AA10123456784", "https://track.example/1Z999AA10123456784"),
            ((string?)fulfillment["tracking_info"]!["company"], (string?)fulfillment["tracking_info"]!["number"], (string?)fulfillment["tracking_info"]!["url"]));
    }

    [Fact]
    public async Task WooCommerce_a_shipped_part_is_noted_with_its_tracking_and_the_order_completed()
    {
        await Given.Sku(VendorPayloads.WooSku);
        await Status(WooDelivery("order.created", VendorPayloads.WooOrder(), "d-1"));
        var order = await PlacedOrder("4182", RealStorefrontFixture.WooChannel);
        var wc = RealStorefrontFixture.WooApi;
        VendorApi.On("GET", wc + "orders/4182/notes", new CannedResponse(200, "[]",
                Headers: new Dictionary<string, string> { ["X-WP-Total"] = "0", ["X-WP-TotalPages"] = "1" }))
            .On("POST", wc + "orders/4182/notes", CannedResponse.Json(VendorPayloads.Text("WooCommerce/rest-v3/order-notes-create.response.json"), 201))
            .On("PUT", wc + "orders/4182", CannedResponse.Json(VendorPayloads.Text("WooCommerce/rest-v3/orders-update-status.response.json")));
        var shipmentId = Guid.NewGuid();

        await Bus.PublishAsync(Shipped(shipmentId, Guid.Parse((string)order["id"]!), RealStorefrontFixture.WooChannel, "4182",
            new ShippedLine(1, VendorPayloads.WooSku, 2)));

        var attempts = await Api.Eventually(() => Store.PushAttempts($"&key={shipmentId}"), a => a.Count > 0 && (string?)a[0]!["outcome"] != "WillRetry");
        var attempt = Assert.Single(attempts)!;
        Assert.Equal(("Fulfillment", "Succeeded"), ((string?)attempt["operation"], (string?)attempt["outcome"]));
        var basic = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{RealStorefrontFixture.WooKey}:{RealStorefrontFixture.WooConsumerSecret}"));
        var note = Assert.Single(VendorApi.RequestsTo("POST", wc + "orders/4182/notes"));
        Assert.Equal(basic, note.Header("Authorization"));
        Assert.Contains("1Z999AA10123456784", (string?)JsonNode.Parse(note.BodyText)!["note"]);
        var put = Assert.Single(VendorApi.RequestsTo("PUT", wc + "orders/4182"));
        Assert.Equal(basic, put.Header("Authorization"));
        Assert.Equal("completed", (string?)JsonNode.Parse(put.BodyText)!["status"]);
    }
}

[Collection(StorefrontSqliteCollection.Name)]
public sealed class RealStorefrontsOnSqlite(RealStorefrontSqliteApp fixture) : RealStorefrontTests(fixture), IClassFixture<RealStorefrontSqliteApp>;

[Collection(StorefrontPostgresCollection.Name)]
public sealed class RealStorefrontsOnPostgres(RealStorefrontPostgresApp fixture) : RealStorefrontTests(fixture), IClassFixture<RealStorefrontPostgresApp>;
