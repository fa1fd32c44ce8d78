namespace Commerce.Inventory.Domain;

/// <summary>A stock-keeping unit: what is stored, picked and shipped.</summary>
public sealed class Sku
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string Code { get; init; }
    public required string Name { get; set; }
    public string? Barcode { get; set; }
    public decimal LengthCm { get; set; }
    public decimal WidthCm { get; set; }
    public decimal HeightCm { get; set; }
    public decimal WeightKg { get; set; }
    public decimal UnitCost { get; set; }
    /// <summary>Days from ordering this SKU from its supplier to having it on the shelf; the configured default when null.</summary>
    public int? LeadTimeDays { get; set; }
    public required string Currency { get; set; }
    /// <summary>A product group that routing rules can name (e.g. "custom", "furniture").</summary>
    public string? Category { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
}
