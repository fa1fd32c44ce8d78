namespace Commerce.Warehouse.Domain.Tasks;

/// <summary>Picked units that must go back to a bin: their order was cancelled or lost its reservation here.</summary>
public sealed class PutAwayTask
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string Location { get; init; }
    public Guid BinId { get; init; }
    public required string BinCode { get; init; }
    public required string Sku { get; init; }
    public int Quantity { get; init; }
    public Guid OrderId { get; init; }
    public required string Reason { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public string? DoneBy { get; private set; }
    public DateTimeOffset? DoneAt { get; private set; }

    public bool Done => DoneAt is not null;

    public void Complete(string by, DateTimeOffset at)
    {
        DoneBy = by;
        DoneAt = at;
    }
}
