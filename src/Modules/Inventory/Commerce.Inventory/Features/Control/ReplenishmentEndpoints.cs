using Commerce.Inventory.Data;
using Commerce.Inventory.Domain.Control;
using Commerce.Kernel.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Commerce.Inventory.Features.Control;

public sealed record ReplenishmentView(
    string Sku, string Location, int OnHand, int Available, decimal ForecastDailyDemand, decimal DemandStdDev, int LeadTimeDays,
    decimal SafetyStock, decimal ReorderPoint, decimal SuggestedOrderQuantity, bool BelowReorderPoint, decimal OrderNow, int DaysOfHistory);

internal static class ReplenishmentEndpoints
{
    public static void Map(RouteGroupBuilder reads) =>
        reads.MapGet("/replenishment/{location}", Get)
            .WithSummary("Forecast, safety stock, reorder point and what to order now, per SKU at a location")
            .WithDescription(
                "Demand is the units shipped per day over the last HistoryDays, forecast with Holt's linear exponential smoothing " +
                "(α 0.3, β 0.1). Safety stock = z(service level) · σ(daily demand) · √(lead time); reorder point = daily demand · " +
                "lead time + safety stock; suggested quantity = the larger of the economic order quantity and a review period's demand.");

    private static async Task<Results<Ok<IReadOnlyList<ReplenishmentView>>, ProblemHttpResult>> Get(
        string location, InventoryDbContext db, IOptions<InventoryControlOptions> options, TimeProvider clock, CancellationToken cancellationToken)
    {
        var place = await db.Locations.AsNoTracking().SingleOrDefaultAsync(l => l.Code == location, cancellationToken);
        if (place is null) return Problems.NotFound("Location", location);
        var plans = await ReplenishmentPlans.ForLocationAsync(db, place.Id, options.Value, clock.GetUtcNow(), cancellationToken);
        return TypedResults.Ok<IReadOnlyList<ReplenishmentView>>(plans.Select(p => p.View(location)).OrderBy(v => v.Sku, StringComparer.Ordinal).ToList());
    }
}
