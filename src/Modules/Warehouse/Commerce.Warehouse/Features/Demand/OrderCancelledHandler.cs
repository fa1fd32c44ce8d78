using Commerce.Orders.Contracts;
using Commerce.Warehouse.Data;
using Commerce.Warehouse.Features.Picking;

namespace Commerce.Warehouse.Features.Demand;

public static class OrderCancelledHandler
{
    /// <summary>The order's lines leave unpicked lists; units already picked go back to their bins by put-away tasks.</summary>
    public static async Task Handle(OrderCancelled cancelled, WarehouseDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var order = await WarehouseOrders.FindOrAddAsync(db, cancelled.OrderId, cancellationToken);
        if (order.Cancelled) return;
        order.Cancelled = true;
        foreach (var held in order.Allocations) held.Quantity = 0;
        await FloorWork.FollowAllocationAsync(db, order, "order cancelled", clock.GetUtcNow(), cancellationToken);
    }
}
