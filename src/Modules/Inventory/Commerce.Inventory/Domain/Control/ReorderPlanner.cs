namespace Commerce.Inventory.Domain.Control;

/// <summary>
/// Reorder point with safety stock for normally distributed daily demand and a fixed lead time, and the economic order
/// quantity (Harris/Wilson), as in Silver, Pyke &amp; Thomas, <i>Inventory and Production Management in Supply Chains</i>,
/// ch. 4 (EOQ) and ch. 6 (safety stock for a cycle service level).
/// </summary>
internal static class ReorderPlanner
{
    private const decimal DaysPerYear = 365m;

    /// <summary>
    /// Plans replenishment from a forecast: safety stock SS = z · σ_d · √L with z = Φ⁻¹(service level);
    /// reorder point ROP = d̄ · L + SS; suggested order quantity = max(EOQ = √(2·D·S/H) with D = d̄ · 365,
    /// d̄ · review period). Each quantity is rounded up to whole units from its unrounded value (so ROP uses the
    /// unrounded SS) and is never negative (a service level below 50 % gives no safety stock). Zero forecast demand
    /// plans no stock at all (all quantities 0).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// Negative lead time, review period or order cost; holding cost not positive; service level not in (0, 1).
    /// </exception>
    public static Replenishment Plan(DemandForecast forecast, ReorderPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(forecast);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentOutOfRangeException.ThrowIfNegative(policy.LeadTimeDays);
        ArgumentOutOfRangeException.ThrowIfNegative(policy.ReviewPeriodDays);
        ArgumentOutOfRangeException.ThrowIfNegative(policy.OrderCost);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(policy.HoldingCostPerUnitPerYear);

        var z = InverseNormal.Z(policy.ServiceLevel);
        var dailyDemand = Math.Max(0m, forecast.DailyDemand);
        if (dailyDemand == 0m) return new Replenishment(0m, 0m, 0m, z);

        var safetyStock = Math.Max(0m, z * Math.Max(0m, forecast.DailyStdDev) * DecimalMath.Sqrt(policy.LeadTimeDays));
        var reorderPoint = dailyDemand * policy.LeadTimeDays + safetyStock;
        var annualDemand = dailyDemand * DaysPerYear;
        var economicOrderQuantity = DecimalMath.Sqrt(2m * annualDemand * policy.OrderCost / policy.HoldingCostPerUnitPerYear);
        var suggested = Math.Max(economicOrderQuantity, dailyDemand * policy.ReviewPeriodDays);

        return new Replenishment(WholeUnits(safetyStock), WholeUnits(reorderPoint), WholeUnits(suggested), z);
    }

    /// <summary>
    /// How much to order now, as an (s, S) policy with s = reorder point and S = reorder point + suggested quantity:
    /// nothing while <paramref name="available"/> ≥ the reorder point, otherwise enough to bring it up to S, i.e.
    /// reorder point + suggested quantity − available (so never less than the suggested quantity), rounded up to whole
    /// units. Pass the inventory position — on hand + on order − allocated/backordered, which may be negative — so
    /// stock already ordered is not ordered again.
    /// </summary>
    public static decimal OrderNow(decimal available, Replenishment plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (available >= plan.ReorderPoint) return 0m;
        return WholeUnits(plan.ReorderPoint + plan.SuggestedOrderQuantity - available);
    }

    // decimal.Ceiling gives scale 0, e.g. 104.8 → 105 (not 105.0).
    private static decimal WholeUnits(decimal quantity) => decimal.Ceiling(quantity);
}
