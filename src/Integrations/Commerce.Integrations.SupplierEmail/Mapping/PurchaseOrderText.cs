using System.Text;
using Commerce.Integrations.Abstractions.Fulfillment;

namespace Commerce.Integrations.SupplierEmail.Mapping;

/// <summary>The text/plain body: for mail clients that show no HTML and for suppliers who parse mail.</summary>
internal static class PurchaseOrderText
{
    public static string Write(FulfillmentRequest request, SupplierEmailSettings settings)
    {
        var text = new StringBuilder();
        text.AppendLine(PurchaseOrderWording.Heading(request)).AppendLine();
        text.AppendLine(PurchaseOrderWording.Ask(request)).AppendLine();
        text.AppendLine($"Request id (quote it when you confirm): {request.RequestId}");
        text.AppendLine($"Order: {request.OrderReference}");
        text.AppendLine($"Placed: {PurchaseOrderWording.Placed(request)}");
        text.AppendLine($"Service level: {request.ServiceLevel}").AppendLine();

        text.AppendLine("Ship to:");
        foreach (var line in PurchaseOrderWording.Address(request)) text.AppendLine("  " + line);
        if (PurchaseOrderWording.Contact(request) is { } contact) text.AppendLine("  " + contact);
        text.AppendLine();

        text.AppendLine("Lines (SKU | description | quantity | unit cost | line total):");
        foreach (var line in request.Lines)
        {
            text.AppendLine(
                $"  {line.LineNumber}. {line.Sku} | {line.Description ?? "-"} | {line.Quantity} | "
                + $"{PurchaseOrderLines.Money(line.UnitCost, request.Currency)} | "
                + $"{PurchaseOrderLines.Money(PurchaseOrderLines.LineTotal(line), request.Currency)}");
        }

        text.AppendLine($"Total: {PurchaseOrderLines.Money(PurchaseOrderLines.Total(request), request.Currency)}").AppendLine();

        text.AppendLine("Confirming the shipment:");
        foreach (var sentence in PurchaseOrderWording.Confirm(request, settings)) text.AppendLine(sentence);
        return text.ToString();
    }
}
