using System.Globalization;
using Commerce.Integrations.Abstractions.Fulfillment;

namespace Commerce.Integrations.SupplierEmail.Mapping;

/// <summary>The sentences both bodies say, so the text and HTML versions never tell the supplier different things.</summary>
internal static class PurchaseOrderWording
{
    public static string Subject(FulfillmentRequest request) => request.Kind == FulfillmentRequestKind.DropshipPurchaseOrder
        ? $"Purchase order {OneLine(request.RequestId)} — ship to customer for order {OneLine(request.OrderReference)}"
        : $"Fulfillment request {OneLine(request.RequestId)} — ship order {OneLine(request.OrderReference)}";

    public static string Heading(FulfillmentRequest request) => request.Kind == FulfillmentRequestKind.DropshipPurchaseOrder
        ? $"Purchase order {request.RequestId}"
        : $"Fulfillment request {request.RequestId}";

    public static string Ask(FulfillmentRequest request) =>
        $"Please ship the items below directly to our customer for order {request.OrderReference}, "
        + $"by the service level '{request.ServiceLevel}'. The attached {PurchaseOrderMessage.AttachmentName(request)} holds the same lines.";

    public static string Placed(FulfillmentRequest request) =>
        request.CreatedAt.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    public static IReadOnlyList<string> Confirm(FulfillmentRequest request, SupplierEmailSettings settings)
    {
        var how = settings.ConfirmationUrl is { } url
            ? $"When it has shipped, confirm the shipment through our fulfillment partner API at {url}"
            : "When it has shipped, confirm the shipment through our fulfillment partner API (the shipment confirmation; ask us for access if you have none)";
        return
        [
            $"{how}, quoting the request id {request.RequestId}, with the carrier, the tracking number and the lines shipped.",
            "A reply to this email does not confirm the shipment.",
            $"If this purchase order reaches you more than once, it is the same order (the same request id): ship it only once.",
        ];
    }

    public static IReadOnlyList<string> Address(FulfillmentRequest request)
    {
        var to = request.ShipTo;
        var cityLine = string.Join(" ", new[] { to.City + (to.Region is null ? "" : ","), to.Region, to.PostalCode }.Where(p => !string.IsNullOrWhiteSpace(p)));
        return new[] { to.Name, to.Line1, to.Line2, cityLine, to.CountryCode }.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!).ToList();
    }

    /// <summary>Contact details for the carrier only, when the order has them.</summary>
    public static string? Contact(FulfillmentRequest request)
    {
        var parts = new[] { request.CustomerPhone is { } phone ? $"phone {phone}" : null, request.CustomerEmail is { } email ? $"email {email}" : null }
            .OfType<string>().ToList();
        return parts.Count == 0 ? null : $"Customer contact, for the carrier only: {string.Join(", ", parts)}.";
    }

    /// <summary>Header values are one line: a line break in an order reference must not start a new header.</summary>
    public static string OneLine(string text) =>
        string.Concat(text.Select(c => char.IsControl(c) ? ' ' : c)).Trim();
}
