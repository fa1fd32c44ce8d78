namespace Commerce.Warehouse.Domain.Packing;

/// <summary>One box to pack, what goes where inside it, its gross weight (items plus tare, lb) and the weight the carrier will bill (lb).</summary>
internal sealed record PlannedPackage(BoxType Box, IReadOnlyList<PlacedItem> Items, decimal GrossWeight, decimal BillableWeight);
