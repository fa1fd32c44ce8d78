using Commerce.Orders.Contracts;
using Commerce.Warehouse.Data;

namespace Commerce.Warehouse.Features.Demand;

public static class OrderHeldHandler
{
    /// <summary>
    /// Orders holds the order for review: it is not released to picking or packed until the hold is released. Units
    /// already on pick lists may still be picked; they wait at packing.
    /// </summary>
    public static async Task Handle(OrderHeld held, WarehouseDbContext db, CancellationToken cancellationToken)
    {
        var order = await WarehouseOrders.FindOrAddAsync(db, held.OrderId, cancellationToken);
        if (!order.Cancelled) order.HoldReason = held.Reason;
    }
}

public static class OrderHoldReleasedHandler
{
    /// <summary>The hold is off: the order can be released and packed again (its newest allocation follows from Orders).</summary>
    public static async Task Handle(OrderHoldReleased released, WarehouseDbContext db, CancellationToken cancellationToken)
    {
        var order = await WarehouseOrders.FindOrAddAsync(db, released.OrderId, cancellationToken);
        order.HoldReason = null;
    }
}
