using Commerce.Kernel.Auditing;

namespace Commerce.Storefronts.Domain;

/// <summary>
/// The newest sellable quantity of a SKU for a store, and whether the store still has to be told. Many changes between
/// two pushes make one pending row; an older figure never replaces a newer one, even one already pushed.
/// </summary>
[NotAudited]
public sealed class StoreStockLevel
{
    public required string StoreId { get; init; }
    public required string Sku { get; init; }
    public int Quantity { get; private set; }
    /// <summary>When Inventory computed the figure.</summary>
    public DateTimeOffset At { get; private set; }
    /// <summary>The store has not been told this figure yet.</summary>
    public bool Pending { get; private set; }
    public DateTimeOffset? PushedAt { get; private set; }

    public static StoreStockLevel New(string storeId, string sku, int quantity, DateTimeOffset at) => new()
    {
        StoreId = storeId, Sku = sku, Quantity = quantity, At = at, Pending = true,
    };

    /// <summary>Takes the figure if it is newer than the one held.</summary>
    public void Offer(int quantity, DateTimeOffset at)
    {
        if (at <= At) return;
        Pending |= quantity != Quantity || PushedAt is null;
        Quantity = quantity;
        At = at;
    }

    /// <summary>The store was told (or refused) the figure of <paramref name="sentAt"/>: done unless a newer one arrived since.</summary>
    public void Sent(DateTimeOffset sentAt, DateTimeOffset now)
    {
        if (At > sentAt) return;
        Pending = false;
        PushedAt = now;
    }
}
