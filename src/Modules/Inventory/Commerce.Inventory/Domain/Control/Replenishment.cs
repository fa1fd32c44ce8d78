namespace Commerce.Inventory.Domain.Control;

/// <summary>
/// A replenishment plan in whole units: safety stock, reorder point (order when the inventory position falls below
/// it), the quantity to order each time, and the safety factor z used for the safety stock.
/// </summary>
internal sealed record Replenishment(decimal SafetyStock, decimal ReorderPoint, decimal SuggestedOrderQuantity, decimal Z);
