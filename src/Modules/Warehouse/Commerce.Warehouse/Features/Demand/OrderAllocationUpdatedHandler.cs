using Commerce.Orders.Contracts;
using Commerce.Warehouse.Data;
using Commerce.Warehouse.Domain.Demand;
using Commerce.Warehouse.Features.Picking;

namespace Commerce.Warehouse.Features.Demand;

public static class OrderAllocationUpdatedHandler
{
    /// <summary>
    /// Keeps the newest allocation (older or repeated versions change nothing). Work already on the floor follows it:
    /// units no longer reserved at a location leave its open pick lines, and picked ones go back to their bins.
    /// </summary>
    public static async Task Handle(
        OrderAllocationUpdated update, WarehouseDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var order = await WarehouseOrders.FindOrAddAsync(db, update.OrderId, cancellationToken);
        if (order.Cancelled || update.Version <= order.AllocationVersion) return;

        order.AllocationVersion = update.Version;
        foreach (var line in update.Lines)
        {
            WarehouseOrders.UpsertLine(order, line.LineNumber, line.Sku, line.Quantity, line.Allocated);
            foreach (var held in order.Allocations.Where(a => a.LineNumber == line.LineNumber))
                held.Quantity = line.Locations.Where(at => at.Location == held.Location).Sum(at => at.Quantity);
            foreach (var at in line.Locations.Where(at => order.Allocations.All(a => a.LineNumber != line.LineNumber || a.Location != at.Location)))
            {
                order.Allocations.Add(new LineAllocation
                {
                    OrderId = order.OrderId, LineNumber = line.LineNumber, Location = at.Location, Quantity = at.Quantity,
                });
            }
        }

        await FloorWork.FollowAllocationAsync(db, order, "the order's reservation moved", clock.GetUtcNow(), cancellationToken);
    }
}
