using Commerce.Inventory.Contracts;
using Commerce.Inventory.Data;
using Commerce.Inventory.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wolverine;

namespace Commerce.Inventory.Features.Control;

/// <summary>Compare every stock level with its reorder point (sent hourly by the inventory control job, or on demand).</summary>
public sealed record CheckReorderPoints;

public static class CheckReorderPointsHandler
{
    /// <summary>Publishes <see cref="StockBelowReorderPoint"/> for the levels that crossed below since the last check, once each.</summary>
    public static async Task<OutgoingMessages> Handle(
        CheckReorderPoints _, InventoryDbContext db, IOptions<InventoryControlOptions> options, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var plans = await ReplenishmentPlans.ForLocationAsync(db, null, options.Value, now, cancellationToken);
        var alerts = await db.ReorderAlerts.ToDictionaryAsync(a => a.StockLevelId, cancellationToken);
        var locations = await db.Locations.AsNoTracking().ToDictionaryAsync(l => l.Id, l => l.Code, cancellationToken);
        var messages = new OutgoingMessages();
        foreach (var plan in plans)
        {
            if (!alerts.TryGetValue(plan.Level.Id, out var alert))
            {
                if (!plan.Below) continue;
                db.ReorderAlerts.Add(alert = new ReorderAlert { StockLevelId = plan.Level.Id });
            }
            else if (alert.Below == plan.Below)
            {
                continue;
            }

            alert.Below = plan.Below;
            alert.ChangedAt = now;
            if (plan.Below)
            {
                messages.Add(new StockBelowReorderPoint(plan.Sku.Code, locations[plan.Level.LocationId], plan.Level.Available,
                    plan.Plan.ReorderPoint, plan.Plan.SafetyStock, plan.Plan.SuggestedOrderQuantity, now));
            }
        }

        return messages;
    }
}
