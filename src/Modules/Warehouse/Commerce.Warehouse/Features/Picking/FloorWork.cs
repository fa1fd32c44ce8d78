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
    /// their bin. Changed lists are routed again. Work already packed is left alone: those units are sealed in boxes.
    /// The lists are read with their lines (and their revision) before anything is decided, so a scan committed
    /// meanwhile makes this save fail and the message retry, rather than work from stale lines.
    /// </summary>
    public static async Task FollowAllocationAsync(
        WarehouseDbContext db, WarehouseOrder order, string reason, DateTimeOffset now, CancellationToken cancellationToken,
        bool includePacked = false)
    {
        var lists = await db.PickLists.Include(l => l.Lines)
            .Where(l => l.Lines.Any(x => x.OrderId == order.OrderId))
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        if (lists.Count == 0) return;
        var packedAt = await db.Work.Where(w => w.OrderId == order.OrderId && w.PackedAt != null).Select(w => w.Location)
            .ToListAsync(cancellationToken);

        var touched = new HashSet<PickList>();
        var lines = lists.SelectMany(l => l.Lines.Where(x => x.OrderId == order.OrderId).Select(x => (List: l, Line: x)))
            .Where(x => includePacked || !packedAt.Contains(x.Line.Location));
        foreach (var group in lines.GroupBy(x => (x.Line.Location, x.Line.OrderLineNumber)))
        {
            var needed = order.Cancelled ? 0 : order.AllocatedAt(group.Key.OrderLineNumber, group.Key.Location);
            var surplus = group.Sum(x => x.Line.Covers) - needed;
            foreach (var (list, line) in group.Where(x => x.Line.Remaining > 0))
            {
                if (surplus <= 0) break;
                var withdrawn = line.Withdraw(surplus);
                if (withdrawn == 0) continue;
                var stock = await db.BinStock.SingleAsync(s => s.BinId == line.BinId && s.Sku == line.Sku, cancellationToken);
                stock.Uncommit(withdrawn);
                surplus -= withdrawn;
                touched.Add(list);
            }

            foreach (var (list, line) in group.Where(x => x.Line.Picked > 0))
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
                touched.Add(list);
            }
        }

        foreach (var list in touched)
        {
            if (list.OpenLines.Any())
            {
                var map = await FloorMap.LoadAsync(db, list.Location, cancellationToken);
                if (map is not null) list.Route(map.Routing, map.Locate);
            }

            list.CompleteIfDone(now);
        }
    }
}
