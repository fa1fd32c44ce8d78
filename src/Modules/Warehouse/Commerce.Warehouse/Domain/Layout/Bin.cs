namespace Commerce.Warehouse.Domain.Layout;

/// <summary>A storage place in an aisle, <see cref="Position"/> metres from the front cross aisle.</summary>
public sealed class Bin
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string Location { get; init; }
    public required string Code { get; init; }
    /// <summary>What the bin's label scans as; its code when it has no separate barcode.</summary>
    public required string Barcode { get; init; }
    public int Aisle { get; init; }
    public double Position { get; init; }
    public DateTimeOffset CreatedAt { get; init; }

    public bool IsScannedAs(string scan) =>
        string.Equals(scan.Trim(), Barcode, StringComparison.Ordinal) || string.Equals(scan.Trim(), Code, StringComparison.Ordinal);
}
