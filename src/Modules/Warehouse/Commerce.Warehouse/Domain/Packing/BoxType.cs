namespace Commerce.Warehouse.Domain.Packing;

/// <summary>A carton a location stocks: inner size (in), the most it may weigh when packed including itself (lb), its cost, and its own weight (lb).</summary>
internal sealed record BoxType(string Code, Dimensions Inner, decimal MaxWeight, decimal Cost, decimal TareWeight);
