using System.Security.Cryptography;
using System.Text;
using Commerce.Integrations.Abstractions;
using Commerce.Integrations.Abstractions.Storefronts;

namespace Commerce.Integrations.Shopify.Tests.Webhooks;

/// <summary>Webhook deliveries as Shopify sends them, signed the way Shopify signs (computed here, independently of the plugin).</summary>
internal static class Deliveries
{
    public const string Secret = "shpss_test_client_secret";
    public const string PreviousSecret = "shpss_old_client_secret";

    public static StoreAccount Store(string? secret = Secret, string? previous = null)
    {
        var settings = new Dictionary<string, string> { ["ShopDomain"] = "acme.myshopify.com", ["AccessToken"] = "shpat_x" };
        if (secret is not null) settings["WebhookSecret"] = secret;
        if (previous is not null) settings["PreviousWebhookSecret"] = previous;
        return new StoreAccount("acme", "shopify", "web", settings);
    }

    public static string Sign(string secret, byte[] body) =>
        Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    public static WebhookDelivery Delivery(string topic, string body, string? secret = Secret, Dictionary<string, string>? extra = null)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var headers = new Dictionary<string, string>
        {
            ["X-Shopify-Topic"] = topic,
            ["X-Shopify-Shop-Domain"] = "acme.myshopify.com",
            ["X-Shopify-API-Version"] = "2025-10",
            ["X-Shopify-Webhook-Id"] = "b54557e4-bdd9-4b37-8a5f-bf7d70bcd043",
            ["X-Shopify-Event-Id"] = "98880550-7158-44d4-b7cd-2c97c8a091b5",
            ["X-Shopify-Triggered-At"] = "2025-11-26T17:26:03.123456789Z",
        };
        if (secret is not null) headers["X-Shopify-Hmac-Sha256"] = Sign(secret, bytes);
        foreach (var (name, value) in extra ?? []) headers[name] = value;
        return new WebhookDelivery(headers, bytes);
    }
}
