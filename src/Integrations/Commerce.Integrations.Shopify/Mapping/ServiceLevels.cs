using System.Text.Json;

namespace Commerce.Integrations.Shopify.Mapping;

/// <summary>
/// The service level the shopper chose, read from the names of the order's shipping lines: Shopify has no level of its
/// own, only the rate's code and title as the merchant (or a carrier app) named them.
/// </summary>
internal static class ServiceLevels
{
    public const string Expedited = "expedited";
    public const string Standard = "standard";
    public const string Economy = "economy";

    private static readonly string[] ExpeditedWords = ["express", "expedited", "overnight", "priority", "next day", "next-day", "nextday"];
    private static readonly string[] EconomyWords = ["economy", "saver"];

    /// <summary>The fastest level any shipping line names; null when the order has no shipping lines (nothing to ship).</summary>
    public static string? FromShippingLines(IEnumerable<JsonElement> shippingLines)
    {
        var levels = shippingLines.Select(line => FromName($"{line.Str("code")} {line.Str("title")}")).ToList();
        if (levels.Count == 0) return null;
        if (levels.Contains(Expedited)) return Expedited;
        return levels.All(level => level == Economy) ? Economy : Standard;
    }

    public static string FromName(string name)
    {
        if (ExpeditedWords.Any(word => name.Contains(word, StringComparison.OrdinalIgnoreCase))) return Expedited;
        if (EconomyWords.Any(word => name.Contains(word, StringComparison.OrdinalIgnoreCase))) return Economy;
        return Standard;
    }
}
