using Commerce.Integrations.Abstractions.Storefronts;

namespace Commerce.Storefronts.Features.StoreOrders;

/// <summary>A SKU whose quantity the store changed after the order was placed: 0 before when added, 0 after when removed.</summary>
public sealed record LineChange(string Sku, int Before, int After);

/// <summary>
/// How a store order's lines differ from the lines placed here. Compared by SKU, since SKUs are what is picked and
/// shipped: a line the store split, merged or gave a new id with the same SKUs and quantities is no change.
/// </summary>
public static class LineChanges
{
    public const string HoldPrefix = "The store changed the order's lines after it was placed: ";
    public const string HoldSuffix = "; review before fulfilment.";

    /// <summary>The changes, SKUs placed first (in the order placed), then SKUs the store added (in the store's order).</summary>
    public static IReadOnlyList<LineChange> Between(IEnumerable<(string Sku, int Quantity)> placed, IEnumerable<StoreOrderLine?>? now)
    {
        var before = Totals(placed);
        var after = Totals((now ?? []).OfType<StoreOrderLine>().Where(l => l.Quantity > 0)
            .Select(l => (string.IsNullOrWhiteSpace(l.Sku) ? StoreOrderMapping.MissingSku : l.Sku.Trim(), l.Quantity)));
        return before.Select(b => b.Sku).Concat(after.Select(a => a.Sku).Where(sku => before.All(b => b.Sku != sku)))
            .Select(sku => new LineChange(sku, QuantityOf(before, sku), QuantityOf(after, sku)))
            .Where(c => c.Before != c.After)
            .ToList();
    }

    /// <summary>"sku A 2→3, sku B added 0→1, sku C removed 1→0", cut to <paramref name="maxLength"/> with a count of the rest.</summary>
    public static string Describe(IReadOnlyList<LineChange> changes, int maxLength) =>
        Fit(changes.Select(Describe).ToList(), maxLength);

    /// <summary>The reason an order is held for: what changed, and what to do, within <paramref name="maxLength"/>.</summary>
    public static string HoldReason(IReadOnlyList<LineChange> changes, int maxLength) =>
        HoldPrefix + Describe(changes, maxLength - HoldPrefix.Length - HoldSuffix.Length) + HoldSuffix;

    private static string Describe(LineChange change) => change switch
    {
        { Before: 0 } => $"sku {change.Sku} added 0→{change.After}",
        { After: 0 } => $"sku {change.Sku} removed {change.Before}→0",
        _ => $"sku {change.Sku} {change.Before}→{change.After}",
    };

    /// <summary>As many parts as fit, then ", and N more".</summary>
    private static string Fit(IReadOnlyList<string> parts, int maxLength)
    {
        for (var taken = parts.Count; taken > 0; taken--)
        {
            var text = string.Join(", ", parts.Take(taken)) + (taken < parts.Count ? $", and {parts.Count - taken} more" : "");
            if (text.Length <= maxLength) return text;
        }

        var count = $"{parts.Count} SKUs changed";
        return count[..Math.Min(count.Length, Math.Max(0, maxLength))];
    }

    private static List<(string Sku, int Quantity)> Totals(IEnumerable<(string Sku, int Quantity)> lines)
    {
        var totals = new List<(string Sku, int Quantity)>();
        foreach (var (sku, quantity) in lines)
        {
            var at = totals.FindIndex(t => t.Sku == sku);
            if (at < 0) totals.Add((sku, quantity));
            else totals[at] = (sku, totals[at].Quantity + quantity);
        }

        return totals;
    }

    private static int QuantityOf(List<(string Sku, int Quantity)> totals, string sku) =>
        totals.FirstOrDefault(t => t.Sku == sku).Quantity;
}
