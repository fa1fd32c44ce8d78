using System.Text.Json;
using Commerce.Orders.Contracts;
using Commerce.Orders.Domain;

namespace Commerce.Orders.Features.Queries;

public sealed record OrderView(
    Guid Id, string Channel, string ExternalId, string Status, OrderCustomer Customer, OrderAddress ShippingAddress,
    string ServiceLevel, string Currency, decimal Total, DateTimeOffset PlacedAt, DateTimeOffset UpdatedAt,
    string? CancellationReason, string? HoldReason, IReadOnlyList<OrderLineView> Lines, IReadOnlyList<FulfillmentView> Fulfillments,
    IReadOnlyList<RoutingDecisionView> Routing, IReadOnlyList<StatusChangeView> History, decimal Refunded,
    IReadOnlyList<OrderRefundView> Refunds);

/// <summary><see cref="Dropshipped"/>: units a supplier ships; <see cref="Backordered"/>: units waiting for our stock.</summary>
public sealed record OrderLineView(int LineNumber, string Sku, int Quantity, decimal UnitPrice, int Allocated, int Dropshipped, int Backordered);

/// <summary>The part of the order one source ships.</summary>
public sealed record FulfillmentView(
    Guid Id, string Source, string Kind, string? Location, string? Partner, string Status, IReadOnlyList<FulfillmentLineView> Lines,
    DateTimeOffset? RequestedAt, int RequestAttempts, string? LastError, string? PartnerReference, string? Carrier,
    string? TrackingNumber, string? TrackingUrl, DateTimeOffset? ShippedAt, DateTimeOffset? DeliveredAt);

public sealed record FulfillmentLineView(int LineNumber, string Sku, int Quantity, decimal? UnitCost);

/// <summary>Why units of a line were routed where they were.</summary>
public sealed record RoutingDecisionView(int LineNumber, string Sku, string Source, int Quantity, bool Backordered, string Reason);

/// <summary>
/// A refund: <see cref="Origin"/> is "here" (decided here; the channel is told) or "channel" (the channel refunded the
/// customer itself, <see cref="ChannelRefundId"/> its id).
/// </summary>
public sealed record OrderRefundView(
    Guid Id, Guid OrderId, decimal Amount, string Currency, string? Reason, string Origin, string? ChannelRefundId, DateTimeOffset At,
    string Actor, IReadOnlyList<RefundedLine> Lines);

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
        o.ServiceLevel.ToString(), o.Currency, o.Total, o.PlacedAt, o.UpdatedAt, o.CancellationReason, o.HoldReasons,
        o.Lines.OrderBy(l => l.LineNumber)
            .Select(l => new OrderLineView(l.LineNumber, l.Sku, l.Quantity, l.UnitPrice, l.Allocated, l.Dropshipped,
                o.Status == OrderStatus.Cancelled ? 0 : Math.Max(0, l.Quantity - l.Allocated - l.Dropshipped)))
            .ToList(),
        o.Fulfillments.Where(f => f.Units > 0 || f.HasLeft).OrderBy(f => f.CreatedAt).ThenBy(f => f.Source)
            .Select(f => new FulfillmentView(f.Id, f.Source, JsonNamingPolicy.CamelCase.ConvertName(f.Kind.ToString()), f.Location, f.Partner,
                JsonNamingPolicy.CamelCase.ConvertName(f.Status.ToString()),
                f.Lines.OrderBy(l => l.LineNumber).Select(l => new FulfillmentLineView(l.LineNumber, l.Sku, l.Quantity, l.UnitCost)).ToList(),
                f.RequestedAt, f.RequestAttempts, f.LastError, f.PartnerReference, f.Carrier, f.TrackingNumber, f.TrackingUrl,
                f.ShippedAt, f.DeliveredAt))
            .ToList(),
        o.Routing.OrderBy(r => r.LineNumber).ThenBy(r => r.Id)
            .Select(r => new RoutingDecisionView(r.LineNumber, r.Sku, r.Source, r.Quantity, r.Backordered, r.Reason)).ToList(),
        o.History.OrderBy(h => h.Id)
            .Select(h => new StatusChangeView(h.From?.ToString(), h.To.ToString(), h.At, h.Actor, h.Reason))
            .ToList(),
        RefundRules.Refunded(o),
        o.Refunds.OrderBy(r => r.At).ThenBy(r => r.Id).Select(ToView).ToList());

    public static OrderRefundView ToView(OrderRefund r) => new(
        r.Id, r.OrderId, r.Amount, r.Currency, r.Reason, JsonNamingPolicy.CamelCase.ConvertName(r.Origin.ToString()), r.ChannelRefundId, r.At,
        r.Actor, r.RefundedLines());
}
