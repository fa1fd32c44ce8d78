namespace Commerce.Warehouse.Domain.Picking;

/// <summary>
/// An order's work at one location: released to the floor, then packed. One row per order and location, whose
/// <see cref="Revision"/> token makes two supervisors releasing the same order at once collide instead of both winning.
/// </summary>
public sealed class OrderWork
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid OrderId { get; init; }
    public required string Location { get; init; }
    public int Releases { get; private set; }
    public DateTimeOffset? PackedAt { get; private set; }
    public int Revision { get; private set; }

    public bool Packed => PackedAt is not null;

    public void Released() => Releases++;

    public void MarkPacked(DateTimeOffset at) => PackedAt = at;

    public void Touch() => Revision++;
}
