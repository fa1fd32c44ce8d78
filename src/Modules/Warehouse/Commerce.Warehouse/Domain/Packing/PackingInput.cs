namespace Commerce.Warehouse.Domain.Packing;

/// <summary>Rejects sizes and weights no real item or box can have, naming the item or box at fault.</summary>
internal static class PackingInput
{
    public static void EnsureValid(IReadOnlyList<PackItem> items, IReadOnlyList<BoxType> boxes)
    {
        foreach (var item in items)
        {
            if (!IsSolid(item.Size) || item.Weight < 0)
            {
                throw new ArgumentException($"Item '{item.Key}' needs positive dimensions and a weight of at least zero.", nameof(items));
            }
        }

        foreach (var box in boxes)
        {
            if (!IsSolid(box.Inner) || box.MaxWeight < 0 || box.TareWeight < 0 || box.Cost < 0)
            {
                throw new ArgumentException($"Box '{box.Code}' needs positive inner dimensions and no negative weight or cost.", nameof(boxes));
            }
        }
    }

    private static bool IsSolid(Dimensions size) => size.Length > 0 && size.Width > 0 && size.Height > 0;
}
