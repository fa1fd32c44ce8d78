namespace Commerce.Integrations.WooCommerce.Mapping;

/// <summary>
/// Our service level from a WooCommerce shipping line. Core methods (<c>flat_rate</c>, <c>free_shipping</c>,
/// <c>local_pickup</c>) say nothing about speed, so the merchant's title ("Express delivery", "Economy") decides;
/// anything else is standard.
/// </summary>
internal static class ServiceLevels
{
    public const string Economy = "economy";
    public const string Standard = "standard";
    public const string Expedited = "expedited";

    private static readonly string[] ExpeditedWords = ["express", "expedited", "overnight", "priority", "next day", "next-day", "nextday", "next_day"];

    public static string Of(string? methodId, string? methodTitle)
    {
        var text = $"{methodId} {methodTitle}".ToLowerInvariant();
        if (ExpeditedWords.Any(text.Contains)) return Expedited;
        return text.Contains("economy", StringComparison.Ordinal) ? Economy : Standard;
    }

    /// <summary>The fastest level among an order's shipping lines; null when it has none.</summary>
    public static string? Fastest(IEnumerable<string> levels) =>
        levels.MaxBy(Rank);

    private static int Rank(string? level) => level switch
    {
        Expedited => 3,
        Standard => 2,
        Economy => 1,
        _ => 0,
    };
}
