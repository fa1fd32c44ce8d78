namespace Commerce.Inventory.Features.Control;

/// <summary>Bound to <c>Commerce:Inventory:Control</c>: ABC cut-offs and the replenishment policy's defaults.</summary>
public sealed class InventoryControlOptions
{
    /// <summary>Cumulative share of annual consumption value (percent) that class A covers.</summary>
    public decimal AbcCutoffA { get; set; } = 80;
    /// <summary>Cumulative share up to which items are class B; the rest are C.</summary>
    public decimal AbcCutoffB { get; set; } = 95;
    /// <summary>Supplier lead time for SKUs without their own.</summary>
    public int LeadTimeDays { get; set; } = 7;
    /// <summary>Probability of not running out during a lead time (cycle service level).</summary>
    public decimal ServiceLevel { get; set; } = 0.95m;
    public int ReviewPeriodDays { get; set; } = 14;
    /// <summary>Cost of placing one purchase order, for the economic order quantity.</summary>
    public decimal OrderCost { get; set; } = 50;
    /// <summary>Yearly cost of holding one unit, as a share of its unit cost.</summary>
    public decimal HoldingCostRate { get; set; } = 0.25m;
    /// <summary>How many days of shipments the forecast learns from.</summary>
    public int HistoryDays { get; set; } = 180;
}
