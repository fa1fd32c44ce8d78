using System.Text.Json;
using Commerce.Integrations.Abstractions;
using Commerce.Integrations.Abstractions.Storefronts;
using Commerce.Integrations.ConformanceKit;
using Commerce.Testing;
using Xunit.Sdk;

namespace Commerce.IntegrationTests.Integrations;

/// <summary>The conformance kit itself: a connector that gets the platform's rules wrong fails it, check by check.</summary>
public sealed class ConformanceKitTests
{
    [Fact]
    public async Task A_careless_connector_fails_every_check_it_breaks_and_only_those()
    {
        var failure = await Assert.ThrowsAsync<XunitException>(() => ConformanceChecks.RunAllAsync(new CarelessShop()));

        var failed = failure.Message.Split('\n').Where(l => l.StartsWith("- ", StringComparison.Ordinal))
            .Select(l => l[2..l.IndexOf(':', StringComparison.Ordinal)]).ToList();
        Assert.Equal(
        [
            "A delivery without a signature is invalid",
            "A delivery signed with another secret is invalid",
            "A delivery whose body was changed after signing is invalid",
            "The same delivery identifies the same twice, another delivery differently",
            "A signed body that is not JSON is a Malformed error",
            "A pull answered 503 then a page is retried, or is Unavailable",
            "A pull answered 400 is Rejected after one request",
        ], failed);
        Assert.Contains("ParseWebhook of a body that is not JSON threw System.Text.Json.", failure.Message);
        Assert.Contains("A pull answered 503 threw System.Net.Http.HttpRequestException", failure.Message);
    }

    /// <summary>Trusts every delivery, makes up a new identity each time, lets JSON and HTTP errors escape.</summary>
    private sealed class CarelessConnector : IStorefrontConnector
    {
        private static readonly HttpClient Http = new();

        public PluginMetadata Metadata { get; } = new("careless", "Careless Shop", "0.1.0", []);

        public StorefrontCapabilities Capabilities => StorefrontCapabilities.Webhooks | StorefrontCapabilities.PullOrders;

        public WebhookCheck VerifyWebhook(StoreAccount store, WebhookDelivery delivery) => WebhookCheck.Valid;

        public WebhookIdentity IdentifyWebhook(WebhookDelivery delivery) =>
            new(delivery.Header("X-Topic")!, Guid.NewGuid().ToString(), null, null);

        public StorefrontEvent ParseWebhook(StoreAccount store, WebhookDelivery delivery)
        {
            using var document = JsonDocument.Parse(delivery.Body);
            var order = document.RootElement;
            return new StoreOrderChanged(new StoreOrder(order.GetProperty("id").GetString()!, null, "open", DateTimeOffset.UnixEpoch,
                DateTimeOffset.UnixEpoch, new StoreCustomer(null, null, null), null, order.GetProperty("currency").GetString()!, 0m, null,
                [.. order.GetProperty("lines").EnumerateArray().Select(l => new StoreOrderLine("1", l.GetProperty("sku").GetString(), "x", l.GetProperty("qty").GetInt32(), 0m))]));
        }

        public async Task<StoreOrderPage> PullOrdersAsync(StoreAccount store, string? cursor, CancellationToken cancellationToken)
        {
            using var response = await Http.GetAsync(new Uri(new Uri(store.Setting("BaseUrl")), "orders"), cancellationToken);
            response.EnsureSuccessStatusCode();
            return new StoreOrderPage([], cursor, false);
        }
    }

    private sealed class CarelessShop : StorefrontVendor
    {
        public override IStorefrontConnector Connector { get; } = new CarelessConnector();

        public override StoreAccount Store(Uri serverAddress, string webhookSecret) =>
            new("careless", "careless", "web", new Dictionary<string, string> { ["BaseUrl"] = serverAddress.ToString(), ["Secret"] = webhookSecret });

        public override WebhookDelivery Delivery(string topic, string deliveryId, byte[] body, string? secret)
        {
            var headers = new Dictionary<string, string> { ["X-Topic"] = topic, ["X-Delivery"] = deliveryId };
            if (secret is not null) headers["X-Signature"] = HmacSignature.Hex(secret, body);
            return new WebhookDelivery(headers, body);
        }

        public override string OrderTopic => "order";

        public override SampleOrder SampleOrder => new("""{"id":"o-1","currency":"EUR","lines":[{"sku":"A","qty":2}]}""", "o-1", "EUR", [new("A", 2)]);

        public override OrderListing OrderListing => new("GET", "orders", CannedResponse.Json("""{"orders":[]}"""));
    }
}
