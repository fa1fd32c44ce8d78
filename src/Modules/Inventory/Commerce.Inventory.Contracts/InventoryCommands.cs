namespace Commerce.Inventory.Contracts;

/// <summary>Units arrived at a location (a purchase order received, a return restocked).</summary>
public sealed record ReceiveStock(string Sku, string Location, int Quantity, string? Reference);

/// <summary>Correct on-hand stock by <see cref="Delta"/> units, for a reason that the ledger keeps.</summary>
public sealed record AdjustStock(string Sku, string Location, int Delta, string Reason);

/// <summary>The stock of one SKU at one location after a change.</summary>
public sealed record StockLevelView(
    string Sku, string Location, int OnHand, int Reserved, int Available, DateTimeOffset UpdatedAt);
