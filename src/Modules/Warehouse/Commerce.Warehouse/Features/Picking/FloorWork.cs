using Commerce.Warehouse.Data;
using Commerce.Warehouse.Domain.Demand;
using Commerce.Warehouse.Domain.Picking;
using Commerce.Warehouse.Domain.Tasks;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Warehouse.Features.Picking;

/// <summary>Brings the pick lines of an order in line with where its units are reserved now.</summary>
internal static class FloorWork
{
    /// <summary>
    /// Where an order line's pick lines stand for more units than are reserved at that location, the surplus is taken
    /// off open lines first (freeing the bin's units) and then off picked ones, whose units a put-away task returns to
    /// their bin. Changed lists are routed again.
    /// </summary>
    public static async Task FollowAllocationAsync(
        WarehouseDbContext db, WarehouseOrder order, string reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var lines = await db.PickLines.Where(l => l.OrderId == order.OrderId).ToListAsync(cancellationToken);
        if (lines.Count == 0) return;

        var touched = new HashSet<Guid>();
        foreach (var group in lines.GroupBy(l => (l.Location, l.OrderLineNumber)))
        {
            var needed = order.Cancelled ? 0 : order.AllocatedAt(group.Key.OrderLineNumber, group.Key.Location);
            var surplus = group.Sum(l => l.Covers) - needed;
            foreach (var line in group.Where(l => l.Remaining > 0))
            {
                if (surplus <= 0) break;
                var withdrawn = line.Withdraw(surplus);
                if (withdrawn == 0) continue;
                var stock = await db.BinStock.SingleAsync(s => s.BinId == line.BinId && s.Sku == line.Sku, cancellationToken);
                stock.Uncommit(withdrawn);
                surplus -= withdrawn;
                touched.Add(line.PickListId);
            }

            foreach (var line in group.Where(l => l.Picked > 0))
            {
                if (surplus <= 0) break;
                var returned = line.ReturnPicked(surplus);
                if (returned == 0) continue;
                db.PutAwayTasks.Add(new PutAwayTask
                {
                    Location = line.Location, BinId = line.BinId, BinCode = line.BinCode, Sku = line.Sku, Quantity = returned,
                    OrderId = order.OrderId, Reason = reason, CreatedAt = now,
                });
                surplus -= returned;
                touched.Add(line.PickListId);
            }
        }

        foreach (var listId in touched) await RerouteAsync(db, listId, now, cancellationToken);
    }

    public static async Task RerouteAsync(WarehouseDbContext db, Guid listId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var list = await db.PickLists.Include(l => l.Lines).SingleAsync(l => l.Id == listId, cancellationToken);
        if (list.OpenLines.Any())
        {
            var map = await FloorMap.LoadAsync(db, list.Location, cancellationToken);
            if (map is not null) list.Route(map.Routing, map.Locate);
        }

        list.CompleteIfDone(now);
    }
}
