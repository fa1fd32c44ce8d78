using Commerce.Kernel.Auditing;

namespace Commerce.Inventory.Domain;

/// <summary>
/// A count of a location's stock reported from outside (a 3PL's stock report): our mirror is reconciled to it and every
/// difference is kept.
/// </summary>
[NotAudited]
public sealed class StockSnapshot
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid LocationId { get; init; }
    public DateTimeOffset TakenAt { get; init; }
    public DateTimeOffset ReceivedAt { get; init; }
    public required string ReportedBy { get; init; }
    public int Items { get; init; }
    public List<SnapshotDifference> Differences { get; init; } = [];
}

/// <summary>A SKU on which our figure and the report disagreed, and how far on hand was corrected.</summary>
[NotAudited]
public sealed class SnapshotDifference
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid SnapshotId { get; init; }
    public required string Sku { get; init; }
    public int Ours { get; init; }
    public int Theirs { get; init; }
    /// <summary>The correction applied; less than Theirs − Ours when on hand could not fall below what orders have reserved.</summary>
    public int Adjusted { get; init; }
}
