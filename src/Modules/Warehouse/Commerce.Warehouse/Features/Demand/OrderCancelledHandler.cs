using Commerce.Orders.Contracts;
using Commerce.Warehouse.Contracts;
using Commerce.Warehouse.Data;
using Commerce.Warehouse.Features.Picking;
using Microsoft.EntityFrameworkCore;
using Wolverine;

namespace Commerce.Warehouse.Features.Demand;

public static class OrderCancelledHandler
{
    /// <summary>
    /// The order's lines leave unpicked lists; units already picked, even packed, go back to their bins by put-away
    /// tasks, and Shipping hears of boxes that must not ship.
    /// </summary>
    public static async Task<OutgoingMessages> Handle(
        OrderCancelled cancelled, WarehouseDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var order = await WarehouseOrders.FindOrAddAsync(db, cancelled.OrderId, cancellationToken);
        if (order.Cancelled) return [];
        order.Cancelled = true;
        foreach (var held in order.Allocations) held.Quantity = 0;
        var now = clock.GetUtcNow();
        await FloorWork.FollowAllocationAsync(db, order, "order cancelled", now, cancellationToken, includePacked: true);
        var packedAt = await db.Work.Where(w => w.OrderId == cancelled.OrderId && w.PackedAt != null).Select(w => w.Location)
            .ToListAsync(cancellationToken);
        var messages = new OutgoingMessages();
        foreach (var location in packedAt) messages.Add(new PackedOrderCancelled(cancelled.OrderId, location, now));
        return messages;
    }
}
