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
}

[Collection(StorefrontSqliteCollection.Name)]
public sealed class RealStorefrontsOnSqlite(RealStorefrontSqliteApp fixture) : RealStorefrontTests(fixture), IClassFixture<RealStorefrontSqliteApp>;

[Collection(StorefrontPostgresCollection.Name)]
public sealed class RealStorefrontsOnPostgres(RealStorefrontPostgresApp fixture) : RealStorefrontTests(fixture), IClassFixture<RealStorefrontPostgresApp>;
