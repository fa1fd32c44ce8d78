using Commerce.Warehouse.Data;
using Commerce.Warehouse.Domain.Demand;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Warehouse.Features.Demand;

internal static class WarehouseOrders
{
    public static async Task<WarehouseOrder> FindOrAddAsync(WarehouseDbContext db, Guid orderId, CancellationToken cancellationToken)
    {
        var order = await LoadAsync(db, orderId, cancellationToken);
        if (order is null)
        {
            order = new WarehouseOrder { OrderId = orderId };
            db.Orders.Add(order);
        }

        order.Touch();
        return order;
    }

    public static Task<WarehouseOrder?> LoadAsync(WarehouseDbContext db, Guid orderId, CancellationToken cancellationToken) =>
        db.Orders.Include(o => o.Lines).Include(o => o.Allocations).AsSplitQuery()
            .SingleOrDefaultAsync(o => o.OrderId == orderId, cancellationToken);

    public static void UpsertLine(WarehouseOrder order, int lineNumber, string sku, int quantity, int? allocated)
    {
        var line = order.Lines.FirstOrDefault(l => l.LineNumber == lineNumber);
        if (line is null)
        {
            line = new WarehouseOrderLine { OrderId = order.OrderId, LineNumber = lineNumber, Sku = sku };
            order.Lines.Add(line);
        }

        line.Sku = sku;
        line.Quantity = quantity;
        if (allocated is not null) line.Allocated = allocated.Value;
    }
}
