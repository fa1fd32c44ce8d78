using Commerce.Kernel;

namespace Commerce.Storefronts.Domain;

/// <summary>
/// What this platform knows of one store order: the newest store update applied (older deliveries change nothing),
/// whether it was placed and cancelled here, and how its lines map to ours (for fulfillments and refunds).
/// </summary>
public sealed class StoreOrderRecord
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string StoreId { get; init; }
    public required string ExternalId { get; init; }
    public string? Number { get; private set; }
    public string StoreStatus { get; private set; } = "";
    /// <summary>The store's UpdatedAt of the newest state applied, in whole milliseconds (UTC).</summary>
    public DateTimeOffset StoreUpdatedAt { get; private set; }
    /// <summary>PlaceOrder was sent for it (with the channel and external id: Orders places it once).</summary>
    public bool Placed { get; private set; }
    /// <summary>The store cancelled or deleted it, and CancelChannelOrder was sent when it had been placed.</summary>
    public bool Cancelled { get; private set; }
    public DateTimeOffset FirstSeenAt { get; init; }
    public DateTimeOffset LastAppliedAt { get; private set; }
    /// <summary>Where the newest state came from: a webhook delivery or a reconciliation run.</summary>
    public string LastSource { get; private set; } = "";
    /// <summary>
    /// How the store's lines differ from the order placed here, as last noted (e.g. "sku A 2→3"); null when they do not.
    /// The order is held for review once per difference, not again on every later update that still shows it.
    /// </summary>
    public string? LineChanges { get; private set; }
    /// <summary>Grows with every change: two nodes applying updates to one order cannot both win.</summary>
    public int Revision { get; private set; }
    public List<StoreOrderLineRecord> Lines { get; init; } = [];

    public bool IsNewer(DateTimeOffset storeUpdatedAt) => storeUpdatedAt > StoreUpdatedAt;

    public void Apply(string? number, string status, DateTimeOffset storeUpdatedAt, string source, DateTimeOffset at)
    {
        Number = number?.Truncate(50);
        StoreStatus = status.Truncate(50);
        if (storeUpdatedAt > StoreUpdatedAt) StoreUpdatedAt = storeUpdatedAt;
        LastSource = source.Truncate(100);
        LastAppliedAt = at;
        Revision++;
    }

    public void Place(IEnumerable<StoreOrderLineRecord> lines)
    {
        Placed = true;
        Lines.AddRange(lines);
    }

    public void Cancel() => Cancelled = true;

    /// <summary>Notes how the store's lines differ from those placed; true when that is news (not the difference noted last).</summary>
    public bool NoteLineChanges(string? changes)
    {
        if (changes == LineChanges) return false;
        LineChanges = changes;
        return changes is not null;
    }

    /// <summary>The store line of one of our order lines (by line number, else by SKU).</summary>
    public StoreOrderLineRecord? LineFor(int lineNumber, string sku) =>
        Lines.FirstOrDefault(l => l.LineNumber == lineNumber) ?? Lines.FirstOrDefault(l => l.Sku == sku);
}

/// <summary>Our line <see cref="LineNumber"/> of the placed order is the store's line <see cref="ExternalLineId"/>.</summary>
public sealed class StoreOrderLineRecord
{
    public Guid RecordId { get; init; }
    public int LineNumber { get; init; }
    public required string ExternalLineId { get; init; }
    public required string Sku { get; init; }
    public required string Title { get; init; }
    public int Quantity { get; init; }
}
