using Commerce.Inventory.Contracts;
using Commerce.Orders.Contracts;
using Commerce.Orders.Data;
using Commerce.Orders.Domain;
using Commerce.Orders.Domain.Routing;
using Commerce.Orders.Features.Fulfillment;
using Commerce.Orders.Features.PlaceOrder;
using Microsoft.EntityFrameworkCore;
using Wolverine;

namespace Commerce.Orders.Features.Allocation;

public static class StockAllocationChangedHandler
{
    public const string Actor = "inventory";

    /// <summary>
    /// Brings orders' lines, fulfillments and status in line with Inventory's newest allocations, a batch at a time; an
    /// older or repeated allocation changes nothing. Our warehouses hear of the units they are to pick; a 3PL's part is
    /// requested from it once every line it carries is reserved.
    /// </summary>
    public static async Task<OutgoingMessages> Handle(
        StockAllocationChanged[] batch, OrdersDbContext db, IMessageContext context, TimeProvider clock, CancellationToken cancellationToken)
    {
        db.CompleteMessageOnSave(context);
        var newest = batch.GroupBy(m => m.OrderId).Select(g => g.MaxBy(m => m.Version)!).ToList();
        var orderIds = newest.Select(m => m.OrderId).ToList();
        var orders = await db.Orders.Include(o => o.Lines).Include(o => o.Routing).Include(o => o.Fulfillments).ThenInclude(f => f.Lines)
            .Where(o => orderIds.Contains(o.Id)).AsSplitQuery().ToDictionaryAsync(o => o.Id, cancellationToken);
        // A handful of rows: the sources a retailer works with.
        var sources = (await db.Sources.AsNoTracking().ToListAsync(cancellationToken)).Select(s => (s.Location, Info: s.ToInfo())).ToList();
        var byLocation = sources.Where(s => s.Location is not null).ToDictionary(s => s.Location!, s => s.Info);
        var thirdParties = sources.Where(s => s.Info.Kind == SourceKind.ThirdParty).Select(s => s.Info.Code).ToHashSet();
        RoutingSourceInfo SourceAt(string location) => byLocation.GetValueOrDefault(location) ?? RoutingSourceInfo.OwnLocation(location);

        var now = clock.GetUtcNow();
        var changes = new OutgoingMessages();
        foreach (var message in newest)
        {
            if (!orders.TryGetValue(message.OrderId, out var order)) continue;
            var applies = order.IsOpen && message.Version > order.AllocationVersion;
            var change = order.ApplyAllocation(message.Version,
                message.Lines.SelectMany(l => l.Locations.Where(at => at.Quantity > 0)
                    .Select(at => new ReservedUnits(l.LineNumber, l.Sku, at.Location, at.Quantity, at.Shipped))).ToList(),
                message.Lines.ToDictionary(l => l.LineNumber, l => l.Allocated),
                message.Lines.Where(l => l.UnknownSku).Select(l => l.Sku).Distinct().ToList(),
                SourceAt, now, Actor);
            if (change is not null)
                changes.Add(new OrderStatusChanged(order.Id, change.From.ToString()!, change.To.ToString(), now, Actor));
            // On hold: nothing is picked or requested until a person has looked at the order.
            if (!applies || order.Status == OrderStatus.OnHold) continue;
            changes.Add(ToUpdate(message, order, location => SourceAt(location).Kind == SourceKind.Warehouse, thirdParties));
            changes.AddRange(PartnerRequests.Due(order, now));
        }

        return changes;
    }

    /// <summary>
    /// The Warehouse's view: the order's header, and of each line, the units our own warehouses are to ship (not a
    /// supplier's, not a 3PL's, whether reserved there or routed there to wait) and those reserved at them now.
    /// </summary>
    private static OrderAllocationUpdated ToUpdate(
        StockAllocationChanged message, Order order, Func<string, bool> ownWarehouse, IReadOnlySet<string> thirdParties) =>
        new(message.OrderId, message.Version, order.Status.ToString(),
            new FulfilmentOrder(order.Channel, order.ExternalId, order.CustomerName, order.ServiceLevel.ToString(), order.PlacedAt,
                PlaceOrderHandler.ShipTo(order)),
            order.Lines.OrderBy(l => l.LineNumber).Select(line =>
                {
                    // Lines routed wholly to suppliers were never sent to Inventory: nothing of them is ours to ship.
                    var reserved = message.Lines.FirstOrDefault(m => m.LineNumber == line.LineNumber)?.Locations ?? [];
                    var atThirdParties = Math.Max(
                        order.Routing.Where(r => r.LineNumber == line.LineNumber && r.ReroutedAt is null && thirdParties.Contains(r.Source)).Sum(r => r.Quantity),
                        order.Fulfillments.Where(f => f.Kind == SourceKind.ThirdParty && f.Status != FulfillmentStatus.Cancelled)
                            .SelectMany(f => f.Lines).Where(fl => fl.LineNumber == line.LineNumber).Sum(fl => fl.Quantity));
                    var here = reserved.Where(at => at.Quantity > 0 && ownWarehouse(at.Location)).Select(at => new UnitsAt(at.Location, at.Quantity)).ToList();
                    return new FulfilmentLine(line.LineNumber, line.Sku, Math.Max(0, line.Quantity - line.Dropshipped - atThirdParties),
                        here.Sum(u => u.Quantity), here);
                })
                .ToList());
}
