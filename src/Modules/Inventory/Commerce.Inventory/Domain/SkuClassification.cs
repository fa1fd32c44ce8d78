using Commerce.Kernel.Auditing;

namespace Commerce.Inventory.Domain;

/// <summary>A SKU's ABC class by annual consumption value, as last computed.</summary>
[NotAudited]
public sealed class SkuClassification
{
    public Guid SkuId { get; init; }
    public required string Class { get; set; }
    /// <summary>Units shipped over the last year × unit cost.</summary>
    public decimal AnnualValue { get; set; }
    /// <summary>The share of all value up to and including this SKU, in percent.</summary>
    public decimal CumulativeShare { get; set; }
    public DateTimeOffset ComputedAt { get; set; }
}

/// <summary>Whether a stock level is below its reorder point, so the low-stock message goes out once per crossing.</summary>
[NotAudited]
public sealed class ReorderAlert
{
    public Guid StockLevelId { get; init; }
    public bool Below { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
}
