using Commerce.Integrations.Abstractions;
using Commerce.Integrations.Abstractions.Storefronts;
using Commerce.Integrations.ConformanceKit;
using Commerce.Integrations.Shopify.Tests.Transport;
using Commerce.Integrations.Shopify.Tests.Webhooks;
using Commerce.Testing;

namespace Commerce.Integrations.Shopify.Tests;

/// <summary>The storefront connector conformance kit, run on the Shopify connector as the host wires it.</summary>
public sealed class ConformanceTests : StorefrontConnectorConformance
{
    protected override IIntegrationPlugin Plugin => new ShopifyPlugin();

    public override StoreAccount Store(Uri serverAddress, string webhookSecret) =>
        new("acme", "shopify", "web", new Dictionary<string, string>
        {
            ["ShopDomain"] = "acme.myshopify.com",
            ["BaseUrl"] = serverAddress + ShopifyApi.Version,
            ["AccessToken"] = ShopifyApi.Token,
            ["WebhookSecret"] = webhookSecret,
            ["LocationId"] = ShopifyApi.LocationId,
        });

    /// <summary>Shopify's headers; the event id follows the delivery id, so another delivery is another event too.</summary>
    public override WebhookDelivery Delivery(string topic, string deliveryId, byte[] body, string? secret)
    {
        var headers = new Dictionary<string, string>
        {
            ["X-Shopify-Topic"] = topic,
            ["X-Shopify-Shop-Domain"] = "acme.myshopify.com",
            ["X-Shopify-API-Version"] = "2025-10",
            ["X-Shopify-Webhook-Id"] = deliveryId,
            ["X-Shopify-Event-Id"] = $"event-{deliveryId}",
            ["X-Shopify-Triggered-At"] = "2025-11-26T17:26:03.123456789Z",
        };
        if (secret is not null) headers["X-Shopify-Hmac-Sha256"] = Deliveries.Sign(secret, body);
        return new WebhookDelivery(headers, body);
    }

    public override string OrderTopic => "orders/updated";

    public override SampleOrder SampleOrder => new(Recorded.OrderBody, "450789469", "USD",
        [new("IPOD2008GREEN", 1), new("IPOD2008RED", 1), new("IPOD2008BLACK", 1)]);

    public override OrderListing OrderListing =>
        new("GET", ShopifyApi.Version + "orders.json", CannedResponse.Json(Recorded.Text("rest-admin/orders.json")));

    public override string? PullCursor => "2008-01-01T00:00:00Z";

    public override CannedResponse BadRequest => new(400, """{"errors":"Bad Request"}""");
}
