using System.Net.Mail;
using Commerce.Integrations.Abstractions.Storefronts;
using Commerce.Kernel;
using Commerce.Orders.Contracts;
using Commerce.Storefronts.Stores;

namespace Commerce.Storefronts.Features.StoreOrders;

/// <summary>A line as placed: our line number, and the store line it came from.</summary>
public sealed record MappedLine(int LineNumber, string ExternalLineId, string Sku, string Title, int Quantity, decimal UnitPrice);

/// <summary>
/// A store order in the Orders module's terms. What Orders would refuse is caught here and named, so that a delivery
/// fails visibly instead of a PlaceOrder dying in a queue.
/// </summary>
public static class StoreOrderMapping
{
    /// <summary>The SKU sent for a store line that has none: Orders puts orders with unknown SKUs on hold.</summary>
    public const string MissingSku = "(none)";

    // The limits of Orders' PlaceOrder validation.
    private const int MaxLines = 500;
    private const int MaxQuantity = 100_000;
    private const decimal MaxUnitPrice = 10_000_000m;
    private const int MaxSkuLength = 64;
    private static readonly string[] ServiceLevels = ["economy", "standard", "expedited"];

    public static (PlaceOrder? Order, IReadOnlyList<MappedLine> Lines, IReadOnlyList<string> Problems) ToPlaceOrder(
        StoreConnection store, StoreOrder order)
    {
        var problems = new List<string>();
        Check(problems, !string.IsNullOrWhiteSpace(order.ExternalId) && order.ExternalId.Trim().Length <= 100,
            "the store's order id is missing or longer than 100 characters");

        // Connectors are plugins: a field their contract promises may still be missing, and is a reason, not a crash.
        var customer = order.Customer ?? new StoreCustomer(null, null, null);
        var storeLines = (order.Lines ?? []).OfType<StoreOrderLine>().ToList();
        var address = order.ShippingAddress;
        var customerName = FirstText(customer.Name, address?.Name);
        Check(problems, customerName is { Length: <= 200 }, "the customer has no name (nor has the shipping address)");
        var email = customer.Email?.Trim();
        Check(problems, email is { Length: > 0 and <= 254 } && MailAddress.TryCreate(email, out var parsed) && parsed.Address == email,
            email is null or "" ? "the customer has no email address" : $"the customer's email '{email}' is not an email address");
        var phone = customer.Phone?.Trim() is { Length: > 0 and <= 50 } p ? p : null;

        OrderAddress? shipTo = null;
        if (address is null)
        {
            problems.Add("the order has no shipping address");
        }
        else
        {
            var name = FirstText(address.Name, customer.Name);
            var country = address.CountryCode?.Trim().ToUpperInvariant();
            Check(problems, name is { Length: <= 200 }, "the shipping address has no name");
            Check(problems, FirstText(address.Line1) is { Length: <= 200 }, "the shipping address has no first line");
            Check(problems, FirstText(address.Line2)?.Length is null or <= 200, "the shipping address's second line is longer than 200 characters");
            Check(problems, FirstText(address.City) is { Length: <= 100 }, "the shipping address has no city");
            Check(problems, FirstText(address.Region)?.Length is null or <= 100, "the shipping address's region is longer than 100 characters");
            Check(problems, FirstText(address.PostalCode) is { Length: <= 20 }, "the shipping address has no postal code");
            Check(problems, country is { Length: 2 } && country.All(char.IsAsciiLetterUpper),
                $"the shipping address's country '{address.CountryCode}' is not an ISO 3166-1 alpha-2 code");
            shipTo = new OrderAddress(name ?? "", FirstText(address.Line1) ?? "", FirstText(address.Line2), FirstText(address.City) ?? "",
                FirstText(address.Region), FirstText(address.PostalCode) ?? "", country ?? "");
        }

        var currency = order.Currency?.Trim().ToUpperInvariant();
        Check(problems, Money.IsCurrencyCode(currency), $"the order's currency '{order.Currency}' is not an ISO 4217 code");

        // Lines the store zeroed (removed items) are not ours to fulfil; the rest are numbered 1.. in the store's order,
        // which is how Orders numbers the lines of a PlaceOrder.
        var lines = new List<MappedLine>();
        foreach (var line in storeLines.Where(l => l.Quantity > 0))
        {
            if (string.IsNullOrWhiteSpace(line.ExternalLineId))
            {
                problems.Add($"a line ({line.Title}) has no id in the store");
                continue;
            }

            var sku = string.IsNullOrWhiteSpace(line.Sku) ? MissingSku : line.Sku.Trim();
            Check(problems, sku.Length <= MaxSkuLength, $"line {line.ExternalLineId}: SKU '{sku}' is longer than {MaxSkuLength} characters");
            Check(problems, line.Quantity <= MaxQuantity, $"line {line.ExternalLineId}: quantity {line.Quantity} is more than {MaxQuantity:N0}");
            Check(problems, line.UnitPrice is >= 0 and <= MaxUnitPrice, $"line {line.ExternalLineId}: unit price {line.UnitPrice} is out of range");
            lines.Add(new MappedLine(lines.Count + 1, line.ExternalLineId.Trim(), sku, line.Title?.Trim() ?? "", line.Quantity, line.UnitPrice));
        }

        Check(problems, lines.Count > 0, "the order has no line with a quantity to ship");
        Check(problems, lines.Count <= MaxLines, $"the order has {lines.Count} lines; at most {MaxLines} can be placed");
        if (problems.Count > 0) return (null, [], problems);

        var serviceLevel = ServiceLevels.FirstOrDefault(s => string.Equals(s, order.ServiceLevel?.Trim(), StringComparison.OrdinalIgnoreCase))
                           ?? "standard";
        var place = new PlaceOrder(
            store.Channel, order.ExternalId.Trim(), new OrderCustomer(customerName!, email!, phone), shipTo!, serviceLevel,
            lines.Select(l => new OrderLineRequest(l.Sku, l.Quantity, l.UnitPrice, currency!)).ToList());
        return (place, lines, []);
    }

    private static string? FirstText(params string?[] values) =>
        values.Select(v => v?.Trim()).FirstOrDefault(v => !string.IsNullOrEmpty(v));

    private static void Check(List<string> problems, bool valid, string problem)
    {
        if (!valid) problems.Add(problem);
    }
}
