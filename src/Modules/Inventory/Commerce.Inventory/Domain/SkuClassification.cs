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

/// <summary>One bin count of a SKU: what the records said and what was found. Accuracy is the share of counts without a variance.</summary>
[NotAudited]
public sealed class CountRecord
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid SkuId { get; init; }
    public Guid LocationId { get; init; }
    public required string Bin { get; init; }
    public int Expected { get; init; }
    public int Counted { get; init; }
    public DateTimeOffset At { get; init; }

    public bool Exact => Expected == Counted;
}

/// <summary>The available-to-sell figure last published for a SKU and channel.</summary>
[NotAudited]
public sealed class PublishedAvailability
{
    public Guid SkuId { get; init; }
    public required string Channel { get; init; }
    public int Quantity { get; set; }
    public DateTimeOffset PublishedAt { get; set; }
}

/// <summary>Whether a stock level is below its reorder point, so the low-stock message goes out once per crossing.</summary>
[NotAudited]
public sealed class ReorderAlert
{
    public Guid StockLevelId { get; init; }
    public bool Below { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
}
