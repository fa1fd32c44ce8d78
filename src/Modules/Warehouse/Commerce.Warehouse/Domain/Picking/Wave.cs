namespace Commerce.Warehouse.Domain.Picking;

/// <summary>A release of the orders that meet a cut-off rule, picked by batch or by zone within it.</summary>
public sealed class Wave
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string Location { get; init; }
    /// <summary>The rule as released, for the record: service levels, channels, placed-before cut-off.</summary>
    public required string Rule { get; init; }
    public PickStrategy PickBy { get; init; }
    public int Orders { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}
