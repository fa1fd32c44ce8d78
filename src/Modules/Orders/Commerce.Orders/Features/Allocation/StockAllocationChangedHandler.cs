using Commerce.Inventory.Contracts;
using Commerce.Kernel.Auditing;
using Commerce.Orders.Contracts;
using Commerce.Orders.Data;
using Microsoft.EntityFrameworkCore;
using Wolverine;

namespace Commerce.Orders.Features.Allocation;

public static class StockAllocationChangedHandler
{
    public const string Actor = "inventory";

    /// <summary>Brings the order's lines and status in line with Inventory's newest allocation; older ones change nothing.</summary>
    public static async Task<OutgoingMessages> Handle(
        StockAllocationChanged message, OrdersDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var order = await db.Orders.Include(o => o.Lines).SingleOrDefaultAsync(o => o.Id == message.OrderId, cancellationToken);
        if (order is null) return [];

        var now = clock.GetUtcNow();
        var change = order.ApplyAllocation(message.Version, message.Lines.ToDictionary(l => l.LineNumber, l => l.Allocated), now, Actor);
        return change is null ? [] : [new OrderStatusChanged(order.Id, change.From.ToString()!, change.To.ToString(), now, Actor)];
    }
}
