using System.Security.Cryptography;
using System.Text;

namespace Commerce.Integrations.Abstractions;

/// <summary>HMAC-SHA256 signatures over raw bytes, compared in constant time (Shopify, WooCommerce and our own webhooks).</summary>
public static class HmacSignature
{
    public static string Base64(string secret, ReadOnlySpan<byte> body) =>
        Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    public static string Hex(string secret, ReadOnlySpan<byte> body) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    /// <summary>True when <paramref name="received"/> is the base64 HMAC of the body under any of the secrets given.</summary>
    public static bool VerifyBase64(string? received, ReadOnlySpan<byte> body, params ReadOnlySpan<string?> secrets)
    {
        if (string.IsNullOrWhiteSpace(received)) return false;
        var receivedBytes = Encoding.ASCII.GetBytes(received.Trim());
        var matched = false;
        foreach (var secret in secrets)
        {
            if (string.IsNullOrEmpty(secret)) continue;
            // Every secret is checked, so the time taken does not tell which one matched.
            matched |= CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Base64(secret, body)), receivedBytes);
        }

        return matched;
    }

    /// <summary>True when <paramref name="received"/> is the lowercase hex HMAC of the body under the secret.</summary>
    public static bool VerifyHex(string? received, ReadOnlySpan<byte> body, string? secret) =>
        !string.IsNullOrWhiteSpace(received) && !string.IsNullOrEmpty(secret)
        && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(Hex(secret, body)), Encoding.ASCII.GetBytes(received.Trim().ToLowerInvariant()));
}
