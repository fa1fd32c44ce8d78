using System.Text.Json;
using Commerce.Integrations.Abstractions.Storefronts;

namespace Commerce.Integrations.Shopify.Mapping;

/// <summary>
/// Turns a Shopify Order resource (a webhook body, or an element of <c>orders.json</c>) into a <see cref="StoreOrder"/>.
/// An order without an id, dates or currency cannot be placed, so it is <see cref="StorefrontErrorKind.Malformed"/>;
/// anything else that is missing is left empty.
/// </summary>
internal static class OrderMapper
{
    public static StoreOrder Map(JsonElement order)
    {
        if (order.ValueKind != JsonValueKind.Object)
            throw Malformed("the order is not a JSON object");
        var id = order.IdText("id") ?? throw Malformed("the order has no numeric id");
        var createdAt = order.Instant("created_at") ?? throw Malformed($"order {id} has no readable created_at");
        var updatedAt = order.Instant("updated_at") ?? createdAt;
        var currency = order.Str("currency") ?? throw Malformed($"order {id} has no currency");
        var total = order.Money("total_price") ?? throw Malformed($"order {id} has no readable total_price");
        var shipping = order.Prop("shipping_address");
        var cancelled = order.Str("cancelled_at") is not null;

        return new StoreOrder(
            id,
            order.Str("name") ?? order.Prop("order_number")?.GetRawText(),
            Status(order),
            createdAt,
            updatedAt,
            Customer(order, shipping),
            shipping is { ValueKind: JsonValueKind.Object } address ? Address(address) : null,
            currency.ToUpperInvariant(),
            total,
            ServiceLevels.FromShippingLines(order.Items("shipping_lines")),
            order.Items("line_items").Select((line, index) => Line(line, id, index)).ToList(),
            cancelled,
            cancelled ? order.Str("cancel_reason") : null);
    }

    /// <summary>
    /// One word for where the order stands, as Shopify spells it: <c>cancelled</c> first; then a refunded or voided
    /// payment (nothing left to ship); then how far it is fulfilled (<c>fulfilled</c>, <c>partial</c>); else the payment
    /// state (<c>pending</c>, <c>authorized</c>, <c>paid</c>, <c>partially_paid</c>, <c>partially_refunded</c>); else <c>open</c>.
    /// </summary>
    public static string Status(JsonElement order)
    {
        if (order.Str("cancelled_at") is not null) return "cancelled";
        var financial = order.Str("financial_status")?.ToLowerInvariant();
        if (financial is "refunded" or "voided") return financial;
        var fulfillment = order.Str("fulfillment_status")?.ToLowerInvariant();
        if (fulfillment is "fulfilled" or "partial") return fulfillment;
        return financial ?? "open";
    }

    private static StoreCustomer Customer(JsonElement order, JsonElement? shipping)
    {
        var customer = order.Prop("customer");
        var billing = order.Prop("billing_address");
        var name = FullName(customer) ?? FullName(shipping) ?? FullName(billing);
        var email = order.Str("email") ?? order.Str("contact_email") ?? customer?.Str("email");
        var phone = order.Str("phone") ?? customer?.Str("phone") ?? shipping?.Str("phone") ?? billing?.Str("phone");
        return new StoreCustomer(name, email, phone);
    }

    private static string? FullName(JsonElement? person)
    {
        if (person is not { ValueKind: JsonValueKind.Object } p) return null;
        var joined = string.Join(" ", new[] { p.Str("first_name"), p.Str("last_name") }.OfType<string>().Select(s => s.Trim()));
        return joined.Length > 0 ? joined : p.Str("name");
    }

    private static StoreAddress Address(JsonElement address) => new(
        FullName(address),
        address.Str("address1"),
        address.Str("address2"),
        address.Str("city"),
        address.Str("province_code") ?? address.Str("province"),
        address.Str("zip"),
        address.Str("country_code")?.ToUpperInvariant());

    private static StoreOrderLine Line(JsonElement line, string orderId, int index)
    {
        var lineId = line.IdText("id") ?? throw Malformed($"line {index + 1} of order {orderId} has no numeric id");
        // current_quantity (REST 2024-01 on) is what is left after the order was edited or items were removed; quantity
        // stays as first ordered. Older payloads have only quantity.
        var quantity = line.Int("current_quantity") ?? line.Int("quantity") ?? throw Malformed($"line {lineId} of order {orderId} has no quantity");
        return new StoreOrderLine(
            lineId,
            line.Str("sku")?.Trim(),
            line.Str("title") ?? line.Str("name") ?? "",
            quantity,
            line.Money("price") ?? 0m);
    }

    private static StorefrontException Malformed(string reason) =>
        new(StorefrontErrorKind.Malformed, $"Shopify order cannot be read: {reason}.");
}
