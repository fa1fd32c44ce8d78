using Commerce.Inventory.Contracts;

namespace Commerce.Inventory.Features.Stock;

/// <summary>What a receipt or an adjustment came to: the new stock level, or why nothing changed.</summary>
public sealed record StockChangeOutcome(StockLevelView? Level, StockChangeRefusal? Refusal);

public enum StockChangeRefusal
{
    UnknownSku,
    UnknownLocation,
    BelowReserved,
}
