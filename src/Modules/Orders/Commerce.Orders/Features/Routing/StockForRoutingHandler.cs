using Commerce.Inventory.Contracts;
using Commerce.Orders.Contracts;
using Commerce.Orders.Data;
using Commerce.Orders.Domain;
using Commerce.Orders.Domain.Routing;
using Commerce.Orders.Features.Fulfillment;
using Microsoft.EntityFrameworkCore;
using Wolverine;

namespace Commerce.Orders.Features.Routing;

public static class StockForRoutingHandler
{
    public const string Actor = "routing";

    /// <summary>
    /// Routes a newly placed order by the rules, with Inventory's picture of its SKUs, and records why each line went
    /// where it did. Lines for our warehouses and 3PLs are reserved at the chosen locations only, in order of
    /// preference; supplier lines become purchase orders now. A repeat routes nothing twice.
    /// </summary>
    public static async Task<OutgoingMessages> Handle(
        StockForRouting facts, OrdersDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var order = await db.Orders.Include(o => o.Lines).Include(o => o.Routing).Include(o => o.Fulfillments).ThenInclude(f => f.Lines)
            .AsSplitQuery().SingleOrDefaultAsync(o => o.Id == facts.OrderId, cancellationToken);
        // Held for review before it was routed: routed and reserved all the same, so it is ready when released.
        if (order is null || order.Status is not (OrderStatus.Placed or OrderStatus.OnHold) || order.Routing.Count > 0) return [];

        var skus = order.Lines.Select(l => l.Sku).Distinct().ToList();
        var rules = await db.RoutingRules.AsNoTracking().Where(r => r.Enabled).OrderBy(r => r.Position).ToListAsync(cancellationToken);
        var sources = await db.Sources.AsNoTracking().Include(s => s.Zones).Include(s => s.Items.Where(i => skus.Contains(i.Sku)))
            .AsSplitQuery().ToListAsync(cancellationToken);

        var categories = facts.Skus.ToDictionary(s => s.Sku, s => s.Category);
        var plan = OrderRouter.Route(
            new RoutingOrder(order.Channel, new Destination(order.ShipToCountryCode, order.ShipToPostalCode),
                order.Lines.Select(l => new RoutingLine(l.LineNumber, l.Sku, categories.GetValueOrDefault(l.Sku), l.Quantity)).ToList()),
            rules.Select(r => r.ToSpec()).ToList(),
            sources.ToDictionary(s => s.Code, s => s.ToRouting()),
            new StockPicture(facts.Available.GroupBy(a => (a.Location, a.Sku)).ToDictionary(g => g.Key, g => g.Sum(a => a.Available))));

        var now = clock.GetUtcNow();
        var change = order.ApplyRouting([.. plan.Assignments, .. plan.Unrouted], sources.ToDictionary(s => s.Code, s => s.ToInfo()), now, Actor);
        var messages = new OutgoingMessages();
        var stockLines = StockLines(order, plan, sources.Where(s => s.Location is not null).ToDictionary(s => s.Code, s => s.Location!));
        if (stockLines.Count > 0) messages.Add(new ReserveStock(order.Id, order.PlacedAt, stockLines));
        if (change is not null)
            messages.Add(new OrderStatusChanged(order.Id, change.From.ToString()!, change.To.ToString(), now, Actor));
        if (order.Status != OrderStatus.OnHold) messages.AddRange(PartnerRequests.Due(order, now));
        return messages;
    }

    /// <summary>What Inventory reserves: a routed line at its sources' locations (those it can ship from first), an unrouted one anywhere.</summary>
    private static List<RequestedLine> StockLines(Order order, RoutingPlan plan, Dictionary<string, string> locationOf)
    {
        var lines = new List<RequestedLine>();
        foreach (var line in order.Lines)
        {
            var unrouted = plan.Unrouted.Where(a => a.LineNumber == line.LineNumber).Sum(a => a.Quantity);
            if (unrouted > 0)
            {
                lines.Add(new RequestedLine(line.LineNumber, line.Sku, unrouted));
                continue;
            }

            var atStock = plan.Assignments.Where(a => a.LineNumber == line.LineNumber && locationOf.ContainsKey(a.Source)).ToList();
            if (atStock.Count == 0) continue;
            lines.Add(new RequestedLine(line.LineNumber, line.Sku, atStock.Sum(a => a.Quantity),
                atStock.OrderBy(a => a.Backordered).Select(a => locationOf[a.Source]).Distinct().ToList()));
        }

        return lines;
    }
}
