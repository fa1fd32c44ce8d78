namespace Commerce.Warehouse.Domain.Tasks;

/// <summary>Count what a bin really holds of a SKU (raised by a short pick).</summary>
public sealed class CountTask
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string Location { get; init; }
    public required string BinCode { get; init; }
    public required string Sku { get; init; }
    public required string Reason { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public int? Counted { get; private set; }
    public string? CountedBy { get; private set; }
    public DateTimeOffset? CountedAt { get; private set; }

    public bool Done => Counted is not null;

    public void Record(int counted, string by, DateTimeOffset at)
    {
        Counted = counted;
        CountedBy = by;
        CountedAt = at;
    }
}
