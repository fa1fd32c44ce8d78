namespace Commerce.Inventory.Contracts;

/// <summary>Reserve stock for every line of an order; what cannot be reserved now stays on backorder.</summary>
public sealed record ReserveStock(Guid OrderId, DateTimeOffset PlacedAt, IReadOnlyList<RequestedLine> Lines);

public sealed record RequestedLine(int LineNumber, string Sku, int Quantity);

/// <summary>Give back every reservation of an order and stop filling its backorders (the order was cancelled).</summary>
public sealed record ReleaseStock(Guid OrderId);

/// <summary>
/// The whole allocation of an order as it stands now. <see cref="Version"/> grows with every change, so a consumer keeps
/// the newest and ignores repeats and stragglers.
/// </summary>
public sealed record StockAllocationChanged(Guid OrderId, int Version, IReadOnlyList<AllocatedLine> Lines);

public sealed record AllocatedLine(int LineNumber, string Sku, int Requested, int Allocated);

/// <summary>Query: which of these SKU codes does Inventory not know? Answered with <see cref="UnknownSkus"/>.</summary>
public sealed record FindUnknownSkus(IReadOnlyList<string> Skus);

public sealed record UnknownSkus(IReadOnlyList<string> Skus);
