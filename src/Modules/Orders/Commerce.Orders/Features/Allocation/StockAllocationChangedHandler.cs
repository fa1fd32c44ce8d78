using Commerce.Inventory.Contracts;
using Commerce.Orders.Contracts;
using Commerce.Orders.Data;
using Microsoft.EntityFrameworkCore;
using Wolverine;

namespace Commerce.Orders.Features.Allocation;

public static class StockAllocationChangedHandler
{
    public const string Actor = "inventory";

    /// <summary>
    /// Brings orders' lines and status in line with Inventory's newest allocations, a batch at a time; an older or repeated
    /// allocation changes nothing.
    /// </summary>
    public static async Task<OutgoingMessages> Handle(
        StockAllocationChanged[] batch, OrdersDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var newest = batch.GroupBy(m => m.OrderId).Select(g => g.MaxBy(m => m.Version)!).ToList();
        var orderIds = newest.Select(m => m.OrderId).ToList();
        var orders = await db.Orders.Include(o => o.Lines).Where(o => orderIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, cancellationToken);

        var now = clock.GetUtcNow();
        var changes = new OutgoingMessages();
        foreach (var message in newest)
        {
            if (!orders.TryGetValue(message.OrderId, out var order)) continue;
            var applies = order.IsOpen && message.Version > order.AllocationVersion;
            var change = order.ApplyAllocation(message.Version, message.Lines.ToDictionary(l => l.LineNumber, l => l.Allocated),
                message.Lines.SelectMany(l => l.Locations.Where(at => at.Quantity > 0).Select(at => at.Location)), now, Actor);
            if (change is not null)
                changes.Add(new OrderStatusChanged(order.Id, change.From.ToString()!, change.To.ToString(), now, Actor));
            if (applies) changes.Add(ToUpdate(message, order.Status.ToString(), order.Lines.ToDictionary(l => l.LineNumber, l => l.Quantity)));
        }

        return changes;
    }

    private static OrderAllocationUpdated ToUpdate(StockAllocationChanged message, string status, Dictionary<int, int> quantities) =>
        new(message.OrderId, message.Version, status,
            message.Lines.Select(l => new FulfilmentLine(l.LineNumber, l.Sku,
                    quantities.GetValueOrDefault(l.LineNumber, l.Requested), l.Allocated,
                    l.Locations.Select(at => new UnitsAt(at.Location, at.Quantity)).ToList()))
                .ToList());
}
