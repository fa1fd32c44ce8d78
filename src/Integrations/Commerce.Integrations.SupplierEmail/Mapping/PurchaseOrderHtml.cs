using System.Net;
using System.Text;
using Commerce.Integrations.Abstractions.Fulfillment;

namespace Commerce.Integrations.SupplierEmail.Mapping;

/// <summary>The text/html body: the same content as the text one, with the lines as a table. Every value is HTML-encoded.</summary>
internal static class PurchaseOrderHtml
{
    public static string Write(FulfillmentRequest request, SupplierEmailSettings settings)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>").Append(E(PurchaseOrderWording.Heading(request)))
            .Append("</title></head><body style=\"font-family:sans-serif\">");
        html.Append("<h1>").Append(E(PurchaseOrderWording.Heading(request))).Append("</h1>");
        html.Append("<p>").Append(E(PurchaseOrderWording.Ask(request))).Append("</p>");

        html.Append("<table>");
        Row(html, "Request id (quote it when you confirm)", $"<strong>{E(request.RequestId)}</strong>");
        Row(html, "Order", E(request.OrderReference));
        Row(html, "Placed", E(PurchaseOrderWording.Placed(request)));
        Row(html, "Service level", E(request.ServiceLevel));
        html.Append("</table>");

        html.Append("<h2>Ship to</h2><p>").Append(string.Join("<br>", PurchaseOrderWording.Address(request).Select(E))).Append("</p>");
        if (PurchaseOrderWording.Contact(request) is { } contact) html.Append("<p>").Append(E(contact)).Append("</p>");

        html.Append("<h2>Lines</h2><table border=\"1\" cellpadding=\"4\" cellspacing=\"0\">")
            .Append("<thead><tr><th>#</th><th>SKU</th><th>Description</th><th>Quantity</th><th>Unit cost</th><th>Line total</th></tr></thead><tbody>");
        foreach (var line in request.Lines)
        {
            html.Append("<tr><td>").Append(line.LineNumber)
                .Append("</td><td>").Append(E(line.Sku))
                .Append("</td><td>").Append(E(line.Description ?? ""))
                .Append("</td><td align=\"right\">").Append(line.Quantity)
                .Append("</td><td align=\"right\">").Append(E(PurchaseOrderLines.Money(line.UnitCost, request.Currency)))
                .Append("</td><td align=\"right\">").Append(E(PurchaseOrderLines.Money(PurchaseOrderLines.LineTotal(line), request.Currency)))
                .Append("</td></tr>");
        }

        html.Append("</tbody><tfoot><tr><th colspan=\"5\" align=\"right\">Total</th><th align=\"right\">")
            .Append(E(PurchaseOrderLines.Money(PurchaseOrderLines.Total(request), request.Currency)))
            .Append("</th></tr></tfoot></table>");

        html.Append("<h2>Confirming the shipment</h2>");
        foreach (var sentence in PurchaseOrderWording.Confirm(request, settings)) html.Append("<p>").Append(E(sentence)).Append("</p>");
        html.Append("</body></html>");
        return html.ToString();
    }

    private static void Row(StringBuilder html, string label, string valueHtml) =>
        html.Append("<tr><th align=\"left\">").Append(E(label)).Append("</th><td>").Append(valueHtml).Append("</td></tr>");

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
