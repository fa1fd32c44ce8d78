using System.Globalization;
using System.Text;
using Commerce.Integrations.Abstractions.Fulfillment;

namespace Commerce.Integrations.SupplierEmail.Mapping;

/// <summary>
/// The purchase order's lines as CSV (RFC 4180): a header row, one row per line, CRLF line ends, and a field quoted (its
/// quotes doubled) when it holds a comma, a quote or a line break. Every row repeats the request id and order
/// reference so rows from many purchase orders can be pasted into one sheet.
/// </summary>
internal static class PurchaseOrderCsv
{
    public static readonly string[] Header =
        ["RequestId", "OrderReference", "LineNumber", "Sku", "Description", "Quantity", "UnitCost", "LineTotal", "Currency"];

    public static string Write(FulfillmentRequest request)
    {
        var csv = new StringBuilder();
        Row(csv, Header);
        foreach (var line in request.Lines)
        {
            Row(csv,
            [
                request.RequestId,
                request.OrderReference,
                line.LineNumber.ToString(CultureInfo.InvariantCulture),
                line.Sku,
                line.Description ?? "",
                line.Quantity.ToString(CultureInfo.InvariantCulture),
                PurchaseOrderLines.Amount(line.UnitCost),
                PurchaseOrderLines.Amount(PurchaseOrderLines.LineTotal(line)),
                request.Currency,
            ]);
        }

        return csv.ToString();
    }

    public static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;

    private static void Row(StringBuilder csv, IEnumerable<string> fields) =>
        csv.Append(string.Join(',', fields.Select(Field))).Append("\r\n");
}
