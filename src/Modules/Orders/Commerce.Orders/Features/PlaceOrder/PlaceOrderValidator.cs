using System.Net.Mail;
using Commerce.Kernel;
using Commerce.Kernel.Http;
using Commerce.Orders.Contracts;
using Commerce.Orders.Domain;

namespace Commerce.Orders.Features.PlaceOrder;

/// <summary>Checks an order before anything is written. Field names are the JSON paths of the API request.</summary>
public static class PlaceOrderValidator
{
    public const int MaxLines = 500;
    public const int MaxQuantity = 100_000;
    public const decimal MaxUnitPrice = 10_000_000m;

    public static FieldErrors Validate(Contracts.PlaceOrder? order)
    {
        var errors = new FieldErrors();
        if (order is null) return errors.Add("body", "is required.");
        errors.Required(order.Channel, "channel", 50);
        errors.Required(order.ExternalId, "externalId", 100);
        errors.Check(order.ServiceLevel is null || Enum.TryParse<ServiceLevel>(order.ServiceLevel, true, out _), "serviceLevel",
            $"must be one of {string.Join(", ", Enum.GetNames<ServiceLevel>().Select(n => n.ToLowerInvariant()))}.");
        ValidateCustomer(order.Customer, errors);
        ValidateAddress(order.ShippingAddress, errors);
        ValidateLines(order.Lines, errors);
        return errors;
    }

    private static void ValidateCustomer(OrderCustomer? customer, FieldErrors errors)
    {
        if (customer is null)
        {
            errors.Add("customer", "is required.");
            return;
        }

        errors.Required(customer.Name, "customer.name");
        if (errors.Required(customer.Email, "customer.email", 254))
        {
            errors.Check(MailAddress.TryCreate(customer.Email, out var parsed) && parsed.Address == customer.Email.Trim(),
                "customer.email", "is not an email address.");
        }

        errors.Optional(customer.Phone, "customer.phone", 50);
    }

    private static void ValidateAddress(OrderAddress? address, FieldErrors errors)
    {
        if (address is null)
        {
            errors.Add("shippingAddress", "is required.");
            return;
        }

        errors.Required(address.Name, "shippingAddress.name");
        errors.Required(address.Line1, "shippingAddress.line1");
        errors.Optional(address.Line2, "shippingAddress.line2");
        errors.Required(address.City, "shippingAddress.city", 100);
        errors.Optional(address.Region, "shippingAddress.region", 100);
        errors.Required(address.PostalCode, "shippingAddress.postalCode", 20);
        errors.Check(address.CountryCode is { Length: 2 } c && c.All(char.IsAsciiLetterUpper), "shippingAddress.countryCode",
            "must be an ISO 3166-1 alpha-2 code such as US.");
    }

    private static void ValidateLines(IReadOnlyList<OrderLineRequest?>? lines, FieldErrors errors)
    {
        if (lines is null || lines.Count == 0)
        {
            errors.Add("lines", "must have at least one line.");
            return;
        }

        if (lines.Count > MaxLines)
        {
            errors.Add("lines", $"must have at most {MaxLines} lines.");
            return;
        }

        string? firstCurrency = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var field = $"lines[{i}]";
            var line = lines[i];
            if (line is null)
            {
                errors.Add(field, "is required.");
                continue;
            }

            errors.Required(line.Sku, $"{field}.sku", 64);
            errors.Check(line.Quantity is > 0 and <= MaxQuantity, $"{field}.quantity", $"must be between 1 and {MaxQuantity:N0}.");
            errors.Check(line.UnitPrice is >= 0 and <= MaxUnitPrice, $"{field}.unitPrice", "must be 0 or more.");
            if (errors.Check(Money.IsCurrencyCode(line.Currency), $"{field}.currency", "must be an ISO 4217 code such as USD."))
            {
                firstCurrency ??= line.Currency;
                errors.Check(line.Currency == firstCurrency, $"{field}.currency", $"must be {firstCurrency} like the first line.");
            }
        }
    }
}
