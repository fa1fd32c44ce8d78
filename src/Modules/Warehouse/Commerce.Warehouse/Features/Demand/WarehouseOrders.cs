using Commerce.Warehouse.Data;
using Commerce.Warehouse.Domain.Demand;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Warehouse.Features.Demand;

internal static class WarehouseOrders
{
    public static async Task<WarehouseOrder> FindOrAddAsync(WarehouseDbContext db, Guid orderId, CancellationToken cancellationToken) =>
        (await FindOrAddAsync(db, [orderId], cancellationToken))[orderId];

    /// <summary>
    /// The rows of a batch of orders, loaded in one query and added where missing (a cancellation or a hold may come
    /// before the order's first allocation).
    /// </summary>
    public static async Task<Dictionary<Guid, WarehouseOrder>> FindOrAddAsync(
        WarehouseDbContext db, IEnumerable<Guid> orderIds, CancellationToken cancellationToken)
    {
        var ids = orderIds.Distinct().ToList();
        var orders = await WithDetails(db).Where(o => ids.Contains(o.OrderId))
            .ToDictionaryAsync(o => o.OrderId, cancellationToken);
        foreach (var id in ids.Where(id => !orders.ContainsKey(id)))
        {
            var order = new WarehouseOrder { OrderId = id };
            db.Orders.Add(order);
            orders[id] = order;
        }

        foreach (var order in orders.Values) order.Touch();
        return orders;
    }

    public static Task<WarehouseOrder?> LoadAsync(WarehouseDbContext db, Guid orderId, CancellationToken cancellationToken) =>
        WithDetails(db).SingleOrDefaultAsync(o => o.OrderId == orderId, cancellationToken);

    private static IQueryable<WarehouseOrder> WithDetails(WarehouseDbContext db) =>
        db.Orders.Include(o => o.Lines).Include(o => o.Allocations).AsSplitQuery();
}
