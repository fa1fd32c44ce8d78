namespace Commerce.Inventory.Domain.Control;

/// <summary>
/// How a SKU is replenished: supplier lead time and review period in days, the cycle service level wanted (e.g. 0.95 =
/// no stock-out in 95 % of replenishment cycles), the fixed cost of placing one order and the cost of holding one unit
/// for a year. Checked by <see cref="ReorderPlanner.Plan"/>.
/// </summary>
internal sealed record ReorderPolicy(
    int LeadTimeDays, decimal ServiceLevel, int ReviewPeriodDays, decimal OrderCost, decimal HoldingCostPerUnitPerYear);
