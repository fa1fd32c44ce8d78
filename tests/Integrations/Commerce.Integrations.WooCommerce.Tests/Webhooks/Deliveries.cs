using System.Security.Cryptography;
using System.Text;
using Commerce.Integrations.Abstractions;
using Commerce.Integrations.Abstractions.Storefronts;

namespace Commerce.Integrations.WooCommerce.Tests.Webhooks;

/// <summary>WooCommerce deliveries as its <c>WC_Webhook::deliver()</c> sends them, signed here with a known secret.</summary>
internal static class Deliveries
{
    public const string Secret = "wc-webhook-s3cret&\"quoted\"";

    public static readonly StoreAccount Store = new("teekontor", "woocommerce", "web", new Dictionary<string, string>
    {
        ["BaseUrl"] = "https://teekontor.example/",
        ["ConsumerKey"] = "ck_test",
        ["ConsumerSecret"] = "cs_test",
        ["WebhookSecret"] = Secret,
    });

    /// <summary><c>base64_encode(hash_hmac('sha256', $body, $secret, true))</c>, computed independently of the code under test.</summary>
    public static string Sign(byte[] body, string secret = Secret) =>
        Convert.ToBase64String(new HMACSHA256(Encoding.UTF8.GetBytes(secret)).ComputeHash(body));

    public static WebhookDelivery Signed(string topic, byte[] body, string? signature = null, string deliveryId = "0d8f1e5b27c84e6f9a1b3c5d7e9f1a2b") =>
        new(new Dictionary<string, string>
        {
            ["Content-Type"] = "application/json",
            ["User-Agent"] = "WooCommerce/9.4.2 Hookshot (WordPress/6.7.1)",
            ["X-WC-Webhook-Source"] = "https://teekontor.example/",
            ["X-WC-Webhook-Topic"] = topic,
            ["X-WC-Webhook-Resource"] = topic.Split('.')[0],
            ["X-WC-Webhook-Event"] = topic.Split('.')[^1],
            ["X-WC-Webhook-Signature"] = signature ?? Sign(body),
            ["X-WC-Webhook-ID"] = "31",
            ["X-WC-Webhook-Delivery-ID"] = deliveryId,
        }, body);

    public static WebhookDelivery Signed(string topic, string body) => Signed(topic, Encoding.UTF8.GetBytes(body));

    /// <summary>The activation ping (<c>WC_Webhook::deliver_ping()</c>): a form body, a user agent, nothing else.</summary>
    public static WebhookDelivery Ping(string body = "webhook_id=31", Dictionary<string, string>? extraHeaders = null)
    {
        var headers = new Dictionary<string, string>
        {
            ["Content-Type"] = "application/x-www-form-urlencoded; charset=UTF-8",
            ["User-Agent"] = "WooCommerce/9.4.2 Hookshot (WordPress/6.7.1)",
        };
        foreach (var (name, value) in extraHeaders ?? []) headers[name] = value;
        return new WebhookDelivery(headers, Encoding.UTF8.GetBytes(body));
    }
}
