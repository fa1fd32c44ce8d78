using System.Security.Cryptography;
using System.Text;

namespace Commerce.Integrations.EasyPost.Webhooks;

/// <summary>
/// EasyPost signs a delivery with <c>X-Hmac-Signature: hmac-sha256-hex=&lt;lowercase hex&gt;</c>, an HMAC-SHA256 of the raw
/// body keyed with the UTF-8 bytes of the NFKD-normalised webhook secret (as EasyPost's own client libraries compute it).
/// </summary>
internal static class WebhookSignature
{
    public const string Header = "X-Hmac-Signature";
    private const string Prefix = "hmac-sha256-hex=";

    public static string Compute(string secret, byte[] body)
    {
        var key = Encoding.UTF8.GetBytes(secret.Normalize(NormalizationForm.FormKD));
        return Prefix + Convert.ToHexStringLower(HMACSHA256.HashData(key, body));
    }

    public static bool Verify(string? secret, string? header, byte[] body)
    {
        if (string.IsNullOrEmpty(secret) || string.IsNullOrWhiteSpace(header)) return false;
        var expected = Encoding.ASCII.GetBytes(Compute(secret, body));
        var received = Encoding.ASCII.GetBytes(header.Trim().ToLowerInvariant());
        return CryptographicOperations.FixedTimeEquals(expected, received);
    }
}
