using System.Globalization;
using System.Net;
using System.Text;
using Commerce.Warehouse.Domain.Demand;
using Commerce.Warehouse.Domain.Packages;

namespace Commerce.Warehouse.Features.Packing;

/// <summary>A printable packing slip: who it goes to, what is in this box, box n of m.</summary>
internal static class PackingSlip
{
    public static string Html(WarehouseOrder order, Package package, int number, int of)
    {
        static string E(string? s) => WebUtility.HtmlEncode(s ?? "");
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Packing slip ")
            .Append(E(order.ExternalId)).Append("</title><style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}" +
                "td,th{border:1px solid #999;padding:.3em .6em;text-align:left}@media print{button{display:none}}</style></head><body>");
        html.Append("<h1>Packing slip</h1>");
        html.Append("<p>Order <strong>").Append(E(order.ExternalId)).Append("</strong> (").Append(E(order.Channel)).Append(")<br>")
            .Append("Package ").Append(number).Append(" of ").Append(of).Append(" · box ").Append(E(package.BoxCode)).Append("</p>");
        html.Append("<h2>Ship to</h2><address>").Append(E(order.ShipToName)).Append("<br>").Append(E(order.ShipToLine1)).Append("<br>");
        if (!string.IsNullOrEmpty(order.ShipToLine2)) html.Append(E(order.ShipToLine2)).Append("<br>");
        html.Append(E(order.ShipToPostalCode)).Append(' ').Append(E(order.ShipToCity));
        if (!string.IsNullOrEmpty(order.ShipToRegion)) html.Append(", ").Append(E(order.ShipToRegion));
        html.Append("<br>").Append(E(order.ShipToCountryCode)).Append("</address>");
        html.Append("<h2>Contents</h2><table><thead><tr><th>Line</th><th>SKU</th><th>Quantity</th></tr></thead><tbody>");
        foreach (var item in package.Items.OrderBy(i => i.OrderLineNumber))
        {
            html.Append("<tr><td>").Append(item.OrderLineNumber).Append("</td><td>").Append(E(item.Sku)).Append("</td><td>")
                .Append(item.Quantity.ToString(CultureInfo.InvariantCulture)).Append("</td></tr>");
        }

        html.Append("</tbody></table><button onclick=\"window.print()\">Print</button></body></html>");
        return html.ToString();
    }
}
