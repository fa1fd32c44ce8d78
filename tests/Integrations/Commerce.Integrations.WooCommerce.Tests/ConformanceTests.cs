using Commerce.Integrations.Abstractions;
using Commerce.Integrations.Abstractions.Storefronts;
using Commerce.Integrations.ConformanceKit;
using Commerce.Integrations.WooCommerce.Tests.Transport;
using Commerce.Integrations.WooCommerce.Tests.Webhooks;
using Commerce.Testing;

namespace Commerce.Integrations.WooCommerce.Tests;

/// <summary>The storefront connector conformance kit, run on the WooCommerce connector as the host wires it.</summary>
public sealed class ConformanceTests : StorefrontConnectorConformance
{
    protected override IIntegrationPlugin Plugin => new WooCommercePlugin();

    public override StoreAccount Store(Uri serverAddress, string webhookSecret) =>
        new("teekontor", "woocommerce", "web", new Dictionary<string, string>
        {
            ["BaseUrl"] = serverAddress.ToString(),
            ["ConsumerKey"] = WooCommerceApi.ConsumerKey,
            ["ConsumerSecret"] = WooCommerceApi.ConsumerSecret,
            ["WebhookSecret"] = webhookSecret,
        });

    public override WebhookDelivery Delivery(string topic, string deliveryId, byte[] body, string? secret)
    {
        var signed = Deliveries.Signed(topic, body, secret is null ? "" : Deliveries.Sign(body, secret), deliveryId);
        return secret is null
            ? signed with { Headers = signed.Headers.Where(h => h.Key != "X-WC-Webhook-Signature").ToDictionary() }
            : signed;
    }

    public override string OrderTopic => "order.updated";

    /// <summary>Our own order.updated body: the second line's product has no SKU.</summary>
    public override SampleOrder SampleOrder => new(Recorded.Text(Recorded.OwnWebhook), "4182", "EUR",
        [new("TEA-ASSAM-250", 2), new(null, 1)]);

    public override OrderListing OrderListing =>
        new("GET", WooCommerceApi.Prefix + "orders", WooCommerceApi.Page(Recorded.Text(Recorded.List), totalPages: 1, total: 2));

    public override string? PullCursor => "2017-03-01T00:00:00|1|";

    public override CannedResponse BadRequest =>
        new(400, """{"code":"rest_invalid_param","message":"Invalid parameter(s): modified_after","data":{"status":400}}""");
}
