using System.Text.Json;
using Commerce.Integrations.Abstractions.Storefronts;

namespace Commerce.Integrations.Shopify.Mapping;

/// <summary>
/// Turns a Shopify Refund resource (the <c>refunds/create</c> body) into a <see cref="StoreRefundCreated"/>: the money is
/// what its refund transactions returned, the lines what it took back and whether they went back into stock.
/// </summary>
internal static class RefundMapper
{
    /// <summary>ISO 4217's code for "no currency": a refund that returned no money (a restock only) has none.</summary>
    public const string NoCurrency = "XXX";

    private static readonly HashSet<string> RestockTypes = new(StringComparer.OrdinalIgnoreCase) { "return", "cancel", "legacy_restock" };

    public static StoreRefundCreated Map(JsonElement refund)
    {
        if (refund.ValueKind != JsonValueKind.Object)
            throw Malformed("the refund is not a JSON object");
        var id = refund.IdText("id") ?? throw Malformed("the refund has no numeric id");
        var orderId = refund.IdText("order_id") ?? throw Malformed($"refund {id} names no order_id");
        var at = refund.Instant("processed_at") ?? refund.Instant("created_at") ?? throw Malformed($"refund {id} has no readable created_at");

        // A failed or errored transaction returned nothing; a pending one is under way and counts.
        var transactions = refund.Items("transactions")
            .Where(t => string.Equals(t.Str("kind"), "refund", StringComparison.OrdinalIgnoreCase)
                && t.Str("status")?.ToLowerInvariant() is not ("failure" or "error"))
            .ToList();
        var amount = transactions.Sum(t => t.Money("amount") ?? 0m);
        var currency = transactions.Select(t => t.Str("currency")).FirstOrDefault(c => c is not null)
            ?? refund.Items("refund_line_items").Select(LineCurrency).FirstOrDefault(c => c is not null)
            ?? NoCurrency;
        var legacyRestock = refund.Prop("restock") is { ValueKind: JsonValueKind.True };

        var lines = refund.Items("refund_line_items").Select((line, index) =>
        {
            var lineItemId = line.IdText("line_item_id") ?? line.Prop("line_item")?.IdText("id")
                ?? throw Malformed($"line {index + 1} of refund {id} names no line_item_id");
            var restockType = line.Str("restock_type");
            return new StoreRefundLine(
                lineItemId,
                line.Prop("line_item")?.Str("sku")?.Trim(),
                line.Int("quantity") ?? throw Malformed($"line {lineItemId} of refund {id} has no quantity"),
                restockType is null ? legacyRestock : RestockTypes.Contains(restockType));
        }).ToList();

        return new StoreRefundCreated(orderId, id, amount, currency.ToUpperInvariant(), refund.Str("note"), at, lines);
    }

    private static string? LineCurrency(JsonElement line) =>
        line.Prop("subtotal_set")?.Prop("shop_money")?.Str("currency_code");

    private static StorefrontException Malformed(string reason) =>
        new(StorefrontErrorKind.Malformed, $"Shopify refund cannot be read: {reason}.");
}
