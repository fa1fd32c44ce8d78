using Commerce.Inventory.Data;
using Commerce.Inventory.Domain;
using Commerce.Inventory.Domain.Control;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Inventory.Features.Control;

internal sealed record ReplenishmentPlan(StockLevel Level, Sku Sku, DemandForecast Forecast, int LeadTimeDays, Replenishment Plan)
{
    public bool Below => Level.Available < Plan.ReorderPoint && Plan.ReorderPoint > 0;

    public ReplenishmentView View(string location) =>
        new(Sku.Code, location, Level.OnHand, Level.Available, Math.Round(Forecast.DailyDemand, 3), Math.Round(Forecast.DailyStdDev, 3),
            LeadTimeDays, Plan.SafetyStock, Plan.ReorderPoint, Plan.SuggestedOrderQuantity, Below, ReorderPlanner.OrderNow(Level.Available, Plan),
            Forecast.DaysOfHistory);
}

/// <summary>Each stock level's forecast and replenishment plan, from its shipment history and the SKU's lead time.</summary>
internal static class ReplenishmentPlans
{
    public static async Task<List<ReplenishmentPlan>> ForLocationAsync(
        InventoryDbContext db, Guid? locationId, InventoryControlOptions options, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var levels = await db.StockLevels.Where(s => locationId == null || s.LocationId == locationId).ToListAsync(cancellationToken);
        var skuIds = levels.Select(l => l.SkuId).Distinct().ToList();
        var skus = await db.Skus.AsNoTracking().Where(s => skuIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        var history = await DemandHistory.DailyAsync(db, locationId, options.HistoryDays, now, cancellationToken);
        return levels.Select(level =>
        {
            var sku = skus[level.SkuId];
            var demand = history.TryGetValue((level.SkuId, level.LocationId), out var daily) ? daily : new decimal[options.HistoryDays];
            var forecast = DemandForecaster.Forecast(demand);
            var leadTime = sku.LeadTimeDays ?? options.LeadTimeDays;
            // Without a unit cost there is no holding cost to weigh: a review period's demand, not an economic order quantity.
            var policy = sku.UnitCost > 0
                ? new ReorderPolicy(leadTime, options.ServiceLevel, options.ReviewPeriodDays, options.OrderCost, sku.UnitCost * options.HoldingCostRate)
                : new ReorderPolicy(leadTime, options.ServiceLevel, options.ReviewPeriodDays, 0, 1);
            return new ReplenishmentPlan(level, sku, forecast, leadTime, ReorderPlanner.Plan(forecast, policy));
        }).ToList();
    }
}
