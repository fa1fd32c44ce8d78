using System.Text.Json;

namespace Commerce.Integrations.WooCommerce.Mapping;

internal sealed record WooCommerceError(string Code, string Message);

/// <summary>Reads the WordPress REST error envelope WooCommerce answers with: <c>{"code","message","data":{"status"}}</c>.</summary>
internal static class WooCommerceErrorParser
{
    private const int MaxMessageLength = 300;

    public static WooCommerceError? TryParse(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.Str("code") is not { } code) return null;
            var message = root.Str("message", html: true) ?? "no message";
            return new WooCommerceError(code, message.Length > MaxMessageLength ? message[..MaxMessageLength] + "…" : message);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
