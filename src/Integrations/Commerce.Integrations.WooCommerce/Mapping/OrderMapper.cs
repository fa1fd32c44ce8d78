using System.Text.Json;
using Commerce.Integrations.Abstractions.Storefronts;

namespace Commerce.Integrations.WooCommerce.Mapping;

/// <summary>
/// A WooCommerce REST v3 order (the body of an order.* webhook and an item of <c>GET /orders</c>) as a
/// <see cref="StoreOrder"/>. Dates are the <c>*_gmt</c> fields (UTC without an offset); money comes as strings.
/// </summary>
internal static class OrderMapper
{
    /// <summary>
    /// Statuses that end the order here. <c>refunded</c> counts only when the order was never completed: WooCommerce sets
    /// it whenever refunds reach the order total, which is also what a return of a delivered order looks like, and an order
    /// we completed (shipped) is not cancelled by a later refund. A full refund before shipping means: do not ship.
    /// </summary>
    public static (bool Cancelled, string? Reason) Cancellation(string status, bool everCompleted) => status switch
    {
        "cancelled" => (true, null),
        "trash" => (true, "trashed"),
        "refunded" when !everCompleted => (true, "refunded"),
        _ => (false, null),
    };

    public static StoreOrder Map(JsonElement order)
    {
        if (order.ValueKind != JsonValueKind.Object) throw Malformed("is not a JSON object");
        var id = order.Id("id") ?? throw Malformed("has no id");
        var status = order.Str("status")?.ToLowerInvariant() ?? throw Malformed($"{id} has no status");
        var created = order.Gmt("date_created_gmt") ?? throw Malformed($"{id} has no date_created_gmt");
        var currency = order.Str("currency")?.ToUpperInvariant() ?? throw Malformed($"{id} has no currency");
        var total = order.Decimal("total") ?? throw Malformed($"{id} has no readable total");
        var (cancelled, reason) = Cancellation(status, order.Gmt("date_completed_gmt") is not null);

        return new StoreOrder(
            id,
            order.Str("number") ?? id,
            status,
            created,
            order.Gmt("date_modified_gmt") ?? created,
            Customer(order.Prop("billing")),
            Address(order.Prop("shipping")),
            currency,
            total,
            ServiceLevels.Fastest(order.Items("shipping_lines").Select(l => ServiceLevels.Of(l.Str("method_id"), l.Str("method_title", html: true)))),
            order.Items("line_items").Select((line, index) => Line(line, id, index)).ToList(),
            cancelled,
            reason);
    }

    private static StoreCustomer Customer(JsonElement? billing) =>
        billing is not { } b
            ? new StoreCustomer(null, null, null)
            : new StoreCustomer(FullName(b), b.Str("email"), b.Str("phone"));

    /// <summary>No address when every field is empty: WooCommerce sends an empty one for orders that need no shipping.</summary>
    private static StoreAddress? Address(JsonElement? shipping)
    {
        if (shipping is not { } s) return null;
        var address = new StoreAddress(
            FullName(s) ?? s.Str("company", html: true), s.Str("address_1", html: true), s.Str("address_2", html: true),
            s.Str("city", html: true), s.Str("state"), s.Str("postcode"), s.Str("country")?.ToUpperInvariant());
        return address is { Line1: null, Line2: null, City: null, PostalCode: null, CountryCode: null } ? null : address;
    }

    private static string? FullName(JsonElement party) =>
        string.Join(' ', new[] { party.Str("first_name", html: true), party.Str("last_name", html: true) }.OfType<string>()) is { Length: > 0 } name
            ? name
            : null;

    private static StoreOrderLine Line(JsonElement line, string orderId, int index)
    {
        var lineId = line.Id("id") ?? throw Malformed($"{orderId} has a line item without an id (item {index + 1})");
        var quantity = line.Int("quantity") ?? throw Malformed($"{orderId} line {lineId} has no quantity");
        return new StoreOrderLine(
            lineId,
            line.Str("sku"),
            line.Str("name", html: true) ?? line.Str("sku") ?? $"Item {lineId}",
            quantity,
            UnitPrice(line, quantity));
    }

    /// <summary><c>price</c> is the unit price after discounts, as a number; older payloads lack it, so total ÷ quantity.</summary>
    private static decimal UnitPrice(JsonElement line, int quantity) =>
        line.Decimal("price")
        ?? (line.Decimal("total") is { } total && quantity != 0 ? Math.Round(total / quantity, 4, MidpointRounding.AwayFromZero) : 0m);

    private static StorefrontException Malformed(string problem) =>
        new(StorefrontErrorKind.Malformed, $"WooCommerce order {problem}.");
}
