namespace Commerce.Warehouse.Domain.Layout;

/// <summary>
/// Slotting: how many units of a SKU a bin holds, and how many of those are already on open pick lines
/// (<see cref="Committed"/>), so that two pick lists never send pickers for the same units. <see cref="Version"/> is
/// the optimistic concurrency token.
/// </summary>
public sealed class BinStock
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid BinId { get; init; }
    public required string Location { get; init; }
    public required string Sku { get; init; }
    public int Quantity { get; private set; }
    public int Committed { get; private set; }
    public int Version { get; private set; }

    public int Free => Quantity - Committed;

    public void Add(int units)
    {
        if (units <= 0) throw new ArgumentOutOfRangeException(nameof(units));
        Quantity += units;
        Version++;
    }

    /// <summary>Takes free units out (a move to another bin); committed units stay for their pick lines.</summary>
    public void Remove(int units)
    {
        if (units <= 0 || units > Free) throw new InvalidOperationException($"Cannot take {units}: {Free} free.");
        Quantity -= units;
        Version++;
    }

    public void Commit(int units)
    {
        if (units <= 0 || units > Free) throw new InvalidOperationException($"Cannot commit {units}: {Free} free.");
        Committed += units;
        Version++;
    }

    public void Uncommit(int units)
    {
        Committed = Math.Max(0, Committed - units);
        Version++;
    }

    /// <summary>Committed units left the bin in a picker's hands.</summary>
    public void Pick(int units)
    {
        Committed = Math.Max(0, Committed - units);
        Quantity = Math.Max(0, Quantity - units);
        Version++;
    }

    /// <summary>A count found <paramref name="counted"/> units: that is what the bin holds now.</summary>
    public void SetCounted(int counted)
    {
        Quantity = counted;
        Committed = Math.Min(Committed, counted);
        Version++;
    }

    /// <summary>A short pick: the bin held <paramref name="missing"/> fewer units than recorded.</summary>
    public void WriteOff(int missing, int uncommit)
    {
        Quantity = Math.Max(0, Quantity - missing);
        Committed = Math.Max(0, Math.Min(Quantity, Committed - uncommit));
        Version++;
    }
}
