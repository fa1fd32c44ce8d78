using Commerce.Inventory.Contracts;
using Commerce.Kernel.Auditing;
using Commerce.Orders.Contracts;
using Commerce.Orders.Data;
using Microsoft.EntityFrameworkCore;
using Wolverine;

namespace Commerce.Orders.Features.CancelOrder;

public static class CancelOrderHandler
{
    /// <summary>Cancels the order and asks Inventory to release its stock, in one transaction.</summary>
    public static async Task<(CancelOrderOutcome, OutgoingMessages)> Handle(
        Contracts.CancelOrder command, OrdersDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var order = await db.Orders.Include(o => o.Lines).SingleOrDefaultAsync(o => o.Id == command.OrderId, cancellationToken);
        if (order is null) return (CancelOrderOutcome.NotFound, []);

        var now = clock.GetUtcNow();
        if (order.Status is Domain.OrderStatus.Shipped or Domain.OrderStatus.PartiallyShipped or Domain.OrderStatus.Delivered)
            return (CancelOrderOutcome.AlreadyShipped, []);
        var change = order.Cancel(command.Reason, now, Actor.Current);
        if (change is null) return (CancelOrderOutcome.AlreadyCancelled, []);

        return (CancelOrderOutcome.Cancelled,
        [
            new ReleaseStock(order.Id),
            new OrderCancelled(order.Id, command.Reason, now),
            new OrderStatusChanged(order.Id, change.From.ToString()!, change.To.ToString(), now, change.Actor),
        ]);
    }
}
