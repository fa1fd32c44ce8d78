using Commerce.Inventory.Contracts;
using Commerce.Orders.Contracts;
using Commerce.Orders.Data;
using Commerce.Orders.Domain;
using Commerce.Shipping.Contracts;
using Microsoft.EntityFrameworkCore;
using Wolverine;

namespace Commerce.Orders.Features.Delivery;

public static class ShipmentDispatchedHandler
{
    public const string Actor = "shipping";

    /// <summary>
    /// The part packed at a warehouse is on its way: its fulfillment and the order's status say so, Inventory takes the
    /// shipped units off the shelf count, and the channel is told.
    /// </summary>
    public static async Task<OutgoingMessages> Handle(
        ShipmentDispatched dispatched, OrdersDbContext db, CancellationToken cancellationToken)
    {
        var order = await OrderWithParts(db, dispatched.OrderId, cancellationToken);
        if (order is null) return [];
        var tracking = string.Join(", ", dispatched.Packages.Select(p => p.TrackingNumber));
        var first = dispatched.Packages.FirstOrDefault();
        var (change, fulfillment) = order.MarkShipped(dispatched.Location, dispatched.Carrier, first?.TrackingNumber, first?.TrackingUrl,
            dispatched.DispatchedAt, Actor, $"{dispatched.Carrier} {dispatched.Service}: {tracking}");
        OutgoingMessages messages =
            [new ShipStock(dispatched.OrderId, dispatched.Location, fulfillment?.Lines.Select(l => new ShippedUnits(l.LineNumber, l.Quantity)).ToList())];
        if (change is not null)
            messages.Add(new OrderStatusChanged(order.Id, change.From.ToString()!, change.To.ToString(), change.At, Actor));
        if (fulfillment is not null)
        {
            messages.Add(PartShipped(order, fulfillment, dispatched.ShipmentId,
                dispatched.Packages.Select(p => new ShippedPackage(p.TrackingNumber, p.TrackingUrl)).ToList()));
        }

        return messages;
    }

    internal static Task<Order?> OrderWithParts(OrdersDbContext db, Guid orderId, CancellationToken cancellationToken) =>
        db.Orders.Include(o => o.Lines).Include(o => o.Fulfillments).ThenInclude(f => f.Lines)
            .AsSplitQuery().SingleOrDefaultAsync(o => o.Id == orderId, cancellationToken);

    internal static OrderPartShipped PartShipped(Order order, Domain.Fulfillment fulfillment, Guid shipmentId, IReadOnlyList<ShippedPackage> packages) =>
        new(shipmentId, order.Id, order.Channel, order.ExternalId, fulfillment.Source, fulfillment.Carrier ?? "", fulfillment.ShippedAt!.Value,
            packages, fulfillment.Lines.OrderBy(l => l.LineNumber).Select(l => new ShippedLine(l.LineNumber, l.Sku, l.Quantity)).ToList());
}

public static class ShipmentVoidedHandler
{
    /// <summary>The labels were voided: the order waits to ship again and Inventory puts the units back on the shelf count.</summary>
    public static async Task<OutgoingMessages> Handle(ShipmentVoided voided, OrdersDbContext db, CancellationToken cancellationToken)
    {
        var order = await ShipmentDispatchedHandler.OrderWithParts(db, voided.OrderId, cancellationToken);
        OutgoingMessages messages = [new ReverseShippedStock(voided.OrderId, voided.Location)];
        var change = order?.MarkUnshipped(voided.Location, voided.At, ShipmentDispatchedHandler.Actor);
        if (change is not null)
            messages.Add(new OrderStatusChanged(order!.Id, change.From.ToString()!, change.To.ToString(), change.At, ShipmentDispatchedHandler.Actor));
        return messages;
    }
}

public static class ShipmentDeliveredHandler
{
    public static async Task<OutgoingMessages> Handle(
        ShipmentDelivered delivered, OrdersDbContext db, CancellationToken cancellationToken)
    {
        var order = await ShipmentDispatchedHandler.OrderWithParts(db, delivered.OrderId, cancellationToken);
        var change = order?.MarkDelivered(delivered.Location, delivered.DeliveredAt, ShipmentDispatchedHandler.Actor,
            delivered.OnTime ? "Delivered on time" : $"Delivered late (promised by {delivered.PromisedBy:yyyy-MM-dd})");
        return change is null ? [] : [new OrderStatusChanged(order!.Id, change.From.ToString()!, change.To.ToString(), change.At, ShipmentDispatchedHandler.Actor)];
    }
}
