using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Commerce.Integrations.Abstractions.Storefronts;

namespace Commerce.Integrations.WooCommerce.Mapping;

/// <summary>A line of the refund request: the order's line item, how many, and the money put against it.</summary>
internal sealed record RefundLine(string LineId, int Quantity, decimal RefundTotal);

/// <summary>
/// <c>POST /orders/{id}/refunds</c>. WooCommerce has no idempotency key, so our refund id travels in the reason as a
/// marker (<see cref="RefundMarker"/>) and a refund whose reason carries it is not sent again.
/// </summary>
internal static class RefundRequest
{
    public static string Reason(RefundPush refund) =>
        RefundMarker.Append(refund.Reason, refund.RefundId);

    /// <summary>True when one of the order's refunds (<c>GET /orders/{id}/refunds</c>) carries our refund id.</summary>
    public static bool AlreadyRecorded(IEnumerable<JsonElement> refunds, string refundId) =>
        refunds.Any(r => RefundMarker.Carries(r.Str("reason", html: true), refundId));

    /// <summary>
    /// The refund's lines against the order's line items (<c>line_items</c> of <c>GET /orders/{id}</c>): by our line id
    /// when known, else by SKU. Each line is refunded at its unit total after discounts (ex tax); when those add up to
    /// more than the amount refunded, they are scaled down so they never exceed it. Lines the order does not have are left
    /// out: the amount is what is refunded, the lines only say what for.
    /// </summary>
    public static IReadOnlyList<RefundLine> Lines(RefundPush refund, IEnumerable<JsonElement> orderLines)
    {
        var lines = orderLines.Select(l => (Id: l.Id("id"), Sku: l.Str("sku"), Quantity: l.Int("quantity") ?? 0, Total: l.Decimal("total") ?? 0m))
            .Where(l => l.Id is not null)
            .ToList();

        var wanted = new List<(string Id, int Quantity, decimal Value)>();
        foreach (var line in refund.Lines.Where(l => l.Quantity > 0))
        {
            var match = lines.FirstOrDefault(l => line.ExternalLineId is { } id ? l.Id == id : string.Equals(l.Sku, line.Sku, StringComparison.OrdinalIgnoreCase));
            if (match.Id is null) continue;
            var unit = match.Quantity > 0 ? match.Total / match.Quantity : 0m;
            wanted.Add((match.Id, line.Quantity, Math.Max(0m, unit * line.Quantity)));
        }

        return Allocate(wanted, refund.Amount);
    }

    /// <summary>Rounds each line's value to cents, scaling all of them down when their sum exceeds <paramref name="amount"/>.</summary>
    internal static IReadOnlyList<RefundLine> Allocate(IReadOnlyList<(string Id, int Quantity, decimal Value)> lines, decimal amount)
    {
        var sum = lines.Sum(l => l.Value);
        var scale = sum > amount && sum > 0 ? Math.Max(0m, amount) / sum : 1m;
        // Rounded down to cents, so rounding never lifts the sum above the amount.
        return lines.Select(l => new RefundLine(l.Id, l.Quantity, Math.Floor(l.Value * scale * 100m) / 100m)).ToList();
    }

    public static JsonObject Body(RefundPush refund, IReadOnlyList<RefundLine> lines, bool recordOnly) => new()
    {
        ["amount"] = Money(refund.Amount),
        ["reason"] = Reason(refund),
        // Move money through the gateway only when the store is set to; by default the refund is only recorded.
        ["api_refund"] = !recordOnly,
        // Stock in the store is set from here as absolute levels; WooCommerce must not add the goods back itself.
        ["api_restock"] = false,
        ["line_items"] = new JsonArray(lines.Select(l => (JsonNode)new JsonObject
        {
            ["id"] = long.Parse(l.LineId, CultureInfo.InvariantCulture),
            ["quantity"] = l.Quantity,
            ["refund_total"] = l.RefundTotal,
        }).ToArray()),
    };

    /// <summary>WooCommerce money is a decimal string with a dot: at least two places, more only when given.</summary>
    public static string Money(decimal amount) => amount.ToString("0.00########", CultureInfo.InvariantCulture);
}
