namespace Commerce.Integrations.Shopify.Mapping;

/// <summary>Our free-text cancellation reason as one of the reasons Shopify's REST API accepts.</summary>
internal static class CancelReasons
{
    public static readonly IReadOnlyList<string> Shopify = ["customer", "inventory", "fraud", "declined", "other"];

    public static string ToShopify(string? reason)
    {
        var text = reason?.Trim().ToLowerInvariant() ?? "";
        if (Shopify.Contains(text)) return text;
        if (text.Contains("fraud")) return "fraud";
        if (text.Contains("declin") || text.Contains("payment")) return "declined";
        if (text.Contains("inventory") || text.Contains("stock")) return "inventory";
        if (text.Contains("customer") || text.Contains("shopper") || text.Contains("buyer")) return "customer";
        return "other";
    }
}
