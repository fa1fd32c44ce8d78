namespace Commerce.Inventory.Domain.Control;

/// <summary>
/// One item to classify, with its value: annual consumption value (units × unit cost) or pick count. Never negative.
/// </summary>
internal sealed record AbcItem<TKey>(TKey Key, decimal Value);
