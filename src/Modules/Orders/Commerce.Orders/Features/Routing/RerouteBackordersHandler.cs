using Commerce.Inventory.Contracts;
using Commerce.Orders.Contracts;
using Commerce.Orders.Data;
using Commerce.Orders.Domain;
using Commerce.Orders.Features.Delivery;
using Commerce.Orders.Features.Fulfillment;
using Microsoft.EntityFrameworkCore;
using Wolverine;

namespace Commerce.Orders.Features.Routing;

/// <summary>Look for backorders that waited longer than their rule allows and send them where the rule says.</summary>
public sealed record RerouteBackorders;

public static class RerouteBackordersHandler
{
    public const int OrdersPerPass = 200;

    public static async Task<OutgoingMessages> Handle(
        RerouteBackorders command, OrdersDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var rules = await db.RoutingRules.AsNoTracking().Where(r => r.RerouteTo != null && r.RerouteAfterHours != null)
            .ToDictionaryAsync(r => r.Id, cancellationToken);
        if (rules.Count == 0) return [];
        var now = clock.GetUtcNow();
        // Each rule by its own age limit, the longest-waiting first, so no rule's backlog starves another's.
        var orderIds = new HashSet<Guid>();
        foreach (var rule in rules.Values)
        {
            var latest = now.AddHours(-rule.RerouteAfterHours!.Value);
            var ruleId = (Guid?)rule.Id;
            orderIds.UnionWith(await db.RoutingDecisions
                .Where(d => d.Backordered && d.ReroutedAt == null && d.RuleId == ruleId && d.At <= latest)
                .OrderBy(d => d.At).Select(d => d.OrderId).Take(OrdersPerPass).ToListAsync(cancellationToken));
        }

        if (orderIds.Count == 0) return [];

        var sources = await db.Sources.AsNoTracking().Include(s => s.Items).AsSplitQuery().ToDictionaryAsync(s => s.Code, cancellationToken);
        var messages = new OutgoingMessages();
        foreach (var orderId in orderIds)
        {
            var order = (await ShipmentDispatchedHandler.OrderWithParts(db, orderId, cancellationToken))!;
            await db.Entry(order).Collection(o => o.Routing).LoadAsync(cancellationToken);
            var due = order.Routing
                .Where(d => d.Backordered && d.ReroutedAt is null && d.RuleId is { } id && rules.ContainsKey(id)
                            && d.At <= now.AddHours(-rules[id].RerouteAfterHours!.Value))
                .ToList();
            foreach (var waited in due)
            {
                var rule = rules[waited.RuleId!.Value];
                if (!sources.TryGetValue(rule.RerouteTo!, out var target)) continue;
                var current = order.Routing.Where(r => r.LineNumber == waited.LineNumber && sources.GetValueOrDefault(r.Source)?.Location is not null)
                    .Select(r => sources[r.Source].Location!).Distinct().ToList();
                var outcome = order.Reroute(waited.LineNumber, target.ToInfo(), target.Location, current,
                    $"rule '{rule.Name}': backordered at {waited.Source} for over {rule.RerouteAfterHours} h, re-routed to {target.Code}", now);
                if (outcome is { } demand)
                    messages.Add(new SetLineDemand(order.Id, waited.LineNumber, demand.Requested, demand.Locations));
            }

            var change = order.Rederive(now, StockForRoutingHandler.Actor, "backorder re-routed");
            if (change is not null)
                messages.Add(new OrderStatusChanged(order.Id, change.From.ToString()!, change.To.ToString(), now, StockForRoutingHandler.Actor));
            // On hold: a supplier or 3PL is not asked until a person has looked at the order (release-hold sends what waited).
            if (order.Status != OrderStatus.OnHold) messages.AddRange(PartnerRequests.Due(order, now));
        }

        return messages;
    }
}
