using Wolverine;
using Microsoft.EntityFrameworkCore;
using Commerce.Orders.Contracts;
using Commerce.Warehouse.Data;
using Commerce.Warehouse.Domain.Demand;
using Commerce.Warehouse.Features.Picking;

namespace Commerce.Warehouse.Features.Demand;

public static class OrderAllocationUpdatedHandler
{
    /// <summary>
    /// Keeps the newest allocation of each order, and whom it goes to and how fast (older or repeated versions change
    /// nothing). Work already on the floor follows it: units no longer reserved at a location leave its open pick lines,
    /// and picked ones go back to their bins. Updates come in batches (<see cref="WarehouseModule"/>), applied in the
    /// order they were sent.
    /// </summary>
    public static async Task Handle(
        OrderAllocationUpdated[] batch, WarehouseDbContext db, IMessageContext context, TimeProvider clock, CancellationToken cancellationToken)
    {
        db.CompleteMessageOnSave(context);
        var orders = await WarehouseOrders.FindOrAddAsync(db, batch.Select(u => u.OrderId), cancellationToken);
        var changed = batch.Where(update => Apply(orders[update.OrderId], update)).Select(u => u.OrderId).ToHashSet();
        if (changed.Count == 0) return;

        // Only orders already on a pick list have floor work to follow.
        var onLists = await db.PickLists.SelectMany(l => l.Lines).Where(x => changed.Contains(x.OrderId))
            .Select(x => x.OrderId).Distinct().ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var orderId in onLists)
            await FloorWork.FollowAllocationAsync(db, orders[orderId], "the order's reservation moved", now, cancellationToken);
    }

    private static bool Apply(WarehouseOrder order, OrderAllocationUpdated update)
    {
        if (order.Cancelled || update.Version <= order.AllocationVersion) return false;

        order.AllocationVersion = update.Version;
        ApplyHeader(order, update.Order);
        foreach (var line in update.Lines)
        {
            UpsertLine(order, line);
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

        return true;
    }

    private static void UpsertLine(WarehouseOrder order, FulfilmentLine update)
    {
        var line = order.Lines.FirstOrDefault(l => l.LineNumber == update.LineNumber);
        if (line is null)
        {
            line = new WarehouseOrderLine { OrderId = order.OrderId, LineNumber = update.LineNumber, Sku = update.Sku };
            order.Lines.Add(line);
        }

        line.Sku = update.Sku;
        line.Quantity = update.Quantity;
        line.Allocated = update.Allocated;
    }

    private static void ApplyHeader(WarehouseOrder order, FulfilmentOrder header)
    {
        order.Channel = header.Channel;
        order.ExternalId = header.ExternalId;
        order.CustomerName = header.CustomerName;
        order.ServiceLevel = header.ServiceLevel;
        order.PlacedAt = header.PlacedAt;
        order.ShipToName = header.ShipTo.Name;
        order.ShipToLine1 = header.ShipTo.Line1;
        order.ShipToLine2 = header.ShipTo.Line2;
        order.ShipToCity = header.ShipTo.City;
        order.ShipToRegion = header.ShipTo.Region;
        order.ShipToPostalCode = header.ShipTo.PostalCode;
        order.ShipToCountryCode = header.ShipTo.CountryCode;
    }
}
