using Commerce.Integrations.Abstractions;

namespace Commerce.Integrations.FulfillmentHttp.Webhooks;

/// <summary>
/// Both directions of the protocol are signed the same way: <c>X-Commerce-Hmac-Sha256</c> holds the base64 HMAC-SHA256 of
/// the raw body bytes, keyed with the UTF-8 bytes of the partner's WebhookSecret.
/// </summary>
internal static class RequestSignature
{
    public const string Header = "X-Commerce-Hmac-Sha256";

    public static string Sign(string secret, ReadOnlySpan<byte> body) => HmacSignature.Base64(secret, body);

    /// <summary>False without a secret or a signature: an unsigned confirmation is never trusted.</summary>
    public static bool Verify(string? secret, string? signature, ReadOnlySpan<byte> body) =>
        !string.IsNullOrEmpty(secret) && HmacSignature.VerifyBase64(signature, body, secret);
}
