namespace Commerce.Warehouse.Domain.Routing;

/// <summary>A place to pick from: aisle index (0-based into <see cref="AisleLayout.AisleX"/>) and distance from the front cross aisle (0..AisleLength).</summary>
internal readonly record struct PickLocation(int Aisle, double Y);
