using Commerce.Inventory.Contracts;
using Commerce.Orders.Contracts;
using Commerce.Orders.Data;
using Commerce.Shipping.Contracts;
using Microsoft.EntityFrameworkCore;
using Wolverine;

namespace Commerce.Orders.Features.Delivery;

public static class ShipmentDispatchedHandler
{
    public const string Actor = "shipping";

    /// <summary>The order is on its way: its status says so, and Inventory takes the shipped units off the shelf count.</summary>
    public static async Task<OutgoingMessages> Handle(
        ShipmentDispatched dispatched, OrdersDbContext db, CancellationToken cancellationToken)
    {
        var order = await db.Orders.Include(o => o.Shipments).SingleOrDefaultAsync(o => o.Id == dispatched.OrderId, cancellationToken);
        if (order is null) return [];
        var tracking = string.Join(", ", dispatched.Packages.Select(p => p.TrackingNumber));
        var change = order.MarkShipped(dispatched.Location, dispatched.DispatchedAt, Actor, $"{dispatched.Carrier} {dispatched.Service}: {tracking}");
        OutgoingMessages messages = [new ShipStock(dispatched.OrderId, dispatched.Location)];
        if (change is not null)
            messages.Add(new OrderStatusChanged(order.Id, change.From.ToString()!, change.To.ToString(), change.At, Actor));
        return messages;
    }
}

public static class ShipmentVoidedHandler
{
    /// <summary>The labels were voided: the order waits to ship again and Inventory puts the units back on the shelf count.</summary>
    public static async Task<OutgoingMessages> Handle(ShipmentVoided voided, OrdersDbContext db, CancellationToken cancellationToken)
    {
        var order = await db.Orders.Include(o => o.Lines).Include(o => o.Shipments).SingleOrDefaultAsync(o => o.Id == voided.OrderId, cancellationToken);
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
        var order = await db.Orders.Include(o => o.Shipments).SingleOrDefaultAsync(o => o.Id == delivered.OrderId, cancellationToken);
        var change = order?.MarkDelivered(delivered.Location, delivered.DeliveredAt, ShipmentDispatchedHandler.Actor,
            delivered.OnTime ? "Delivered on time" : $"Delivered late (promised by {delivered.PromisedBy:yyyy-MM-dd})");
        return change is null ? [] : [new OrderStatusChanged(order!.Id, change.From.ToString()!, change.To.ToString(), change.At, ShipmentDispatchedHandler.Actor)];
    }
}
