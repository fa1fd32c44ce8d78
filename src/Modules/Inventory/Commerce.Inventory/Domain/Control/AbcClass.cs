namespace Commerce.Inventory.Domain.Control;

/// <summary>
/// ABC (Pareto) class of an item: A = the few items carrying most of the value, B = the middle, C = the many of little value.
/// </summary>
internal enum AbcClass
{
    A,
    B,
    C,
}
