using Commerce.Orders.Contracts;
using Commerce.Orders.Domain;

namespace Commerce.Orders.Features.Queries;

public sealed record OrderView(
    Guid Id, string Channel, string ExternalId, string Status, OrderCustomer Customer, OrderAddress ShippingAddress,
    string ServiceLevel, string Currency, decimal Total, DateTimeOffset PlacedAt, DateTimeOffset UpdatedAt,
    string? CancellationReason, IReadOnlyList<OrderLineView> Lines, IReadOnlyList<StatusChangeView> History);

public sealed record OrderLineView(int LineNumber, string Sku, int Quantity, decimal UnitPrice, int Allocated, int Backordered);

public sealed record StatusChangeView(string? From, string To, DateTimeOffset At, string Actor, string? Reason);

/// <summary>An order in a list: no lines or history.</summary>
public sealed record OrderSummary(
    Guid Id, string Channel, string ExternalId, string Status, string CustomerEmail, string Currency, decimal Total,
    DateTimeOffset PlacedAt);

internal static class OrderViews
{
    public static OrderView ToView(Order o) => new(
        o.Id, o.Channel, o.ExternalId, o.Status.ToString(),
        new OrderCustomer(o.CustomerName, o.CustomerEmail, o.CustomerPhone),
        new OrderAddress(o.ShipToName, o.ShipToLine1, o.ShipToLine2, o.ShipToCity, o.ShipToRegion, o.ShipToPostalCode,
            o.ShipToCountryCode),
        o.ServiceLevel.ToString(), o.Currency, o.Total, o.PlacedAt, o.UpdatedAt, o.CancellationReason,
        o.Lines.OrderBy(l => l.LineNumber)
            .Select(l => new OrderLineView(l.LineNumber, l.Sku, l.Quantity, l.UnitPrice, l.Allocated,
                o.Status == OrderStatus.Cancelled ? 0 : l.Quantity - l.Allocated))
            .ToList(),
        o.History.OrderBy(h => h.Id)
            .Select(h => new StatusChangeView(h.From?.ToString(), h.To.ToString(), h.At, h.Actor, h.Reason))
            .ToList());
}
