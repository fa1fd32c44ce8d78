using System.Text;
using System.Text.RegularExpressions;
using Commerce.Integrations.Abstractions;
using Commerce.Integrations.Abstractions.Storefronts;

namespace Commerce.Integrations.WooCommerce.Webhooks;

/// <summary>
/// WooCommerce signs a delivery with <c>X-WC-Webhook-Signature</c>: base64 of the HMAC-SHA256 of the exact body, keyed
/// with the webhook's secret (<c>WC_Webhook::generate_signature</c>). When a webhook is saved WooCommerce first posts an
/// unsigned activation ping, form body <c>webhook_id=&lt;id&gt;</c> with no topic or signature header, and activates the
/// webhook only if it is answered with 200.
/// </summary>
internal static partial class WebhookSignature
{
    public const string SignatureHeader = "X-WC-Webhook-Signature";
    public const string TopicHeader = "X-WC-Webhook-Topic";
    public const string DeliveryIdHeader = "X-WC-Webhook-Delivery-ID";

    public static WebhookCheck Check(WebhookDelivery delivery, string? secret, string? previousSecret)
    {
        var signature = delivery.Header(SignatureHeader);
        if (signature is null) return IsActivationPing(delivery) ? WebhookCheck.Ping : WebhookCheck.Invalid;
        return HmacSignature.VerifyBase64(signature, delivery.Body, secret, previousSecret) ? WebhookCheck.Valid : WebhookCheck.Invalid;
    }

    /// <summary>
    /// The ping carries nothing to verify, so it is recognised strictly: no signature header (a wrong one makes the delivery
    /// invalid, whatever its body), no topic header, and a body that is exactly <c>webhook_id=&lt;digits&gt;</c>.
    /// </summary>
    public static bool IsActivationPing(WebhookDelivery delivery) =>
        delivery.Header(SignatureHeader) is null && delivery.Header(TopicHeader) is null
        && delivery.Body.Length <= 40 && PingBody().IsMatch(Encoding.ASCII.GetString(delivery.Body));

    [GeneratedRegex(@"\Awebhook_id=[0-9]{1,19}\z", RegexOptions.CultureInvariant)]
    private static partial Regex PingBody();
}
