using System.Globalization;
using Commerce.Integrations.Abstractions.Fulfillment;

namespace Commerce.Integrations.SupplierEmail.Mapping;

/// <summary>What a purchase order's lines cost: quantity × unit cost per line, and the order total when every line has a cost.</summary>
internal static class PurchaseOrderLines
{
    public static decimal? LineTotal(FulfillmentRequestLine line) => line.UnitCost * line.Quantity;

    /// <summary>Null when a line has no unit cost: a total of only some lines would understate what we owe.</summary>
    public static decimal? Total(FulfillmentRequest request) =>
        request.Lines.Count > 0 && request.Lines.All(l => l.UnitCost is not null)
            ? request.Lines.Sum(l => LineTotal(l)!.Value)
            : null;

    /// <summary>At least two decimals, more when the cost has them (0.125 stays 0.125); never the machine's culture.</summary>
    public static string Amount(decimal? amount) =>
        amount?.ToString("0.00######", CultureInfo.InvariantCulture) ?? "";

    public static string Money(decimal? amount, string currency) =>
        amount is null ? "not stated" : $"{Amount(amount)} {currency}";
}
