namespace Commerce.Warehouse.Domain.Layout;

/// <summary>A carton the pack station stocks: inner dimensions in inches, weights in pounds (as US carriers bill).</summary>
public sealed class ShippingBox
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string Location { get; init; }
    public required string Code { get; init; }
    public decimal LengthIn { get; init; }
    public decimal WidthIn { get; init; }
    public decimal HeightIn { get; init; }
    public decimal MaxWeightLb { get; init; }
    public decimal TareWeightLb { get; init; }
    public decimal Cost { get; init; }
    public required string Currency { get; init; }
    public bool Active { get; set; } = true;
    public DateTimeOffset CreatedAt { get; init; }

    internal Packing.BoxType ToBoxType() =>
        new(Code, new Packing.Dimensions(LengthIn, WidthIn, HeightIn), MaxWeightLb, Cost, TareWeightLb);
}
