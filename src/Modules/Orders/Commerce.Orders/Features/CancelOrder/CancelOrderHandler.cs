using Commerce.Inventory.Contracts;
using Commerce.Kernel.Auditing;
using Commerce.Orders.Contracts;
using Commerce.Orders.Data;
using Commerce.Orders.Domain;
using Microsoft.EntityFrameworkCore;
using Wolverine;

namespace Commerce.Orders.Features.CancelOrder;

public static class CancelOrderHandler
{
    /// <summary>
    /// Cancels the order and asks Inventory to release its stock, in one transaction. The cancellation is ours, not the
    /// channel's: the channel is to be told (<see cref="ChannelOrderCancelled"/>).
    /// </summary>
    public static async Task<(CancelOrderOutcome, OutgoingMessages)> Handle(
        Contracts.CancelOrder command, OrdersDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var order = await db.Orders.Include(o => o.Lines).Include(o => o.Fulfillments)
            .AsSplitQuery().SingleOrDefaultAsync(o => o.Id == command.OrderId, cancellationToken);
        var now = clock.GetUtcNow();
        var (outcome, messages) = Cancel(order, command.Reason, now);
        if (outcome == CancelOrderOutcome.Cancelled)
            messages.Add(new ChannelOrderCancelled(order!.Channel, order.ExternalId, order.Id, command.Reason, now));
        return (outcome, messages);
    }

    internal static (CancelOrderOutcome, OutgoingMessages) Cancel(Order? order, string? reason, DateTimeOffset now)
    {
        if (order is null) return (CancelOrderOutcome.NotFound, []);
        if (order.Status is OrderStatus.Shipped or OrderStatus.PartiallyShipped or OrderStatus.Delivered)
            return (CancelOrderOutcome.AlreadyShipped, []);
        if (order.Fulfillments.Any(f => f.Status == FulfillmentStatus.Requested)) return (CancelOrderOutcome.WithPartner, []);
        var change = order.Cancel(reason, now, Actor.Current);
        if (change is null) return (CancelOrderOutcome.AlreadyCancelled, []);

        return (CancelOrderOutcome.Cancelled,
        [
            new ReleaseStock(order.Id),
            new OrderCancelled(order.Id, reason, now),
            new OrderStatusChanged(order.Id, change.From.ToString()!, change.To.ToString(), now, change.Actor),
        ]);
    }
}

public static class CancelChannelOrderHandler
{
    /// <summary>The channel's own cancellation: the same as cancelling by our id, but nothing is sent back to the channel.</summary>
    public static async Task<(CancelOrderOutcome, OutgoingMessages)> Handle(
        CancelChannelOrder command, OrdersDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var order = await db.Orders.Include(o => o.Lines).Include(o => o.Fulfillments).AsSplitQuery()
            .SingleOrDefaultAsync(o => o.Channel == command.Channel && o.ExternalId == command.ExternalId, cancellationToken);
        return CancelOrderHandler.Cancel(order, command.Reason, clock.GetUtcNow());
    }
}
