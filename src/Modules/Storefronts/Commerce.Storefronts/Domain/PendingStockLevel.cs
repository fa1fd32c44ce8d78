using Commerce.Kernel.Auditing;

namespace Commerce.Storefronts.Domain;

/// <summary>
/// The newest sellable quantity of a SKU that a store has not been told yet. Many changes between two pushes make one
/// row; a push removes the rows it sent unless a newer figure arrived meanwhile.
/// </summary>
[NotAudited]
public sealed class PendingStockLevel
{
    public required string StoreId { get; init; }
    public required string Sku { get; init; }
    public int Quantity { get; set; }
    /// <summary>When Inventory computed the figure: an older one never replaces a newer one.</summary>
    public DateTimeOffset At { get; set; }
}
