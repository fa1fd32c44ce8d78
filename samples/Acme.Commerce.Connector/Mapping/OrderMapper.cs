using System.Text.Json;
using Commerce.Integrations.Abstractions.Storefronts;

namespace Acme.Commerce.Connector.Mapping;

/// <summary>
/// An Acme order (as a webhook body and as an item of <c>GET orders</c>) to a <see cref="StoreOrder"/>. Pure: no I/O.
/// <code>{ "id": "ord_…", "number": "A-1042", "status": "paid", "created_at": "…Z", "updated_at": "…Z",
///   "currency": "EUR", "total": "47.30", "customer": { "name", "email", "phone" },
///   "shipping": { "method": "standard", "address": { "name", "line1", "line2", "city", "region", "postal_code", "country" } },
///   "lines": [ { "id": "li_…", "sku": "TEA-ASSAM-250", "title": "…", "quantity": 2, "unit_price": "12.90" } ],
///   "cancelled_at": null, "cancel_reason": null }</code>
/// </summary>
internal static class OrderMapper
{
    public static StoreOrder Map(JsonElement order)
    {
        if (order.ValueKind != JsonValueKind.Object) throw Malformed("is not a JSON object");
        var id = order.Str("id") ?? throw Malformed("has no id");
        var updatedAt = order.Instant("updated_at") ?? throw Malformed($"{id} has no updated_at");
        var currency = order.Str("currency") ?? throw Malformed($"{id} has no currency");
        if (order.Prop("lines") is not { ValueKind: JsonValueKind.Array }) throw Malformed($"{id} has no lines");

        var shipping = order.Prop("shipping");
        var cancelledAt = order.Instant("cancelled_at");
        var status = order.Str("status")?.ToLowerInvariant() ?? "unknown";
        return new StoreOrder(
            id,
            order.Str("number"),
            status,
            order.Instant("created_at") ?? updatedAt,
            updatedAt,
            Customer(order.Prop("customer")),
            shipping?.Prop("address") is { } address ? Address(address) : null,
            currency.ToUpperInvariant(),
            order.Amount("total") ?? 0m,
            ServiceLevel(shipping?.Str("method")),
            order.Items("lines").Select(line => Line(id, line)).ToList(),
            Cancelled: cancelledAt is not null || status == "cancelled",
            CancelReason: order.Str("cancel_reason"));
    }

    /// <summary>Acme's shipping methods: <c>economy</c>, <c>standard</c>, <c>express</c> and <c>overnight</c>.</summary>
    public static string? ServiceLevel(string? method) => method?.ToLowerInvariant() switch
    {
        "economy" => "economy",
        "standard" => "standard",
        "express" or "overnight" => "expedited",
        _ => null,
    };

    private static StoreOrderLine Line(string orderId, JsonElement line)
    {
        var lineId = line.Str("id") ?? throw Malformed($"{orderId} has a line without an id");
        var quantity = line.Whole("quantity") is { } q && q > 0 ? q : throw Malformed($"{orderId} line {lineId} has no positive quantity");
        return new StoreOrderLine(lineId, line.Str("sku"), line.Str("title") ?? line.Str("sku") ?? $"Item {lineId}",
            quantity, line.Amount("unit_price") ?? 0m);
    }

    private static StoreCustomer Customer(JsonElement? customer) =>
        customer is { } c ? new StoreCustomer(c.Str("name"), c.Str("email"), c.Str("phone")) : new StoreCustomer(null, null, null);

    private static StoreAddress Address(JsonElement a) =>
        new(a.Str("name"), a.Str("line1"), a.Str("line2"), a.Str("city"), a.Str("region"), a.Str("postal_code"), a.Str("country")?.ToUpperInvariant());

    private static StorefrontException Malformed(string problem) => new(StorefrontErrorKind.Malformed, $"The Acme order {problem}.");
}
