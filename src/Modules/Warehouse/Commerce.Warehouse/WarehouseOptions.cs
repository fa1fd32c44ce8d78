namespace Commerce.Warehouse;

/// <summary>Bound to <c>Commerce:Warehouse</c>.</summary>
public sealed class WarehouseOptions
{
    /// <summary>
    /// Cubic inches per pound for dimensional weight when choosing boxes (139 is the common retail divisor of UPS and
    /// FedEx); Shipping applies each carrier account's own divisor when it rates.
    /// </summary>
    public decimal DimDivisor { get; set; } = Domain.Packing.BoxPacker.DefaultDimDivisor;
}
