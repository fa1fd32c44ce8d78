namespace Commerce.Warehouse.Domain.Packing;

/// <summary>An item inside a box: X, Y, Z is its corner nearest the box's origin, <paramref name="Oriented"/> its size as rotated.</summary>
internal sealed record PlacedItem(PackItem Item, decimal X, decimal Y, decimal Z, Dimensions Oriented)
{
    /// <summary>True when the two items share some volume (touching faces do not count).</summary>
    public bool Overlaps(decimal x, decimal y, decimal z, Dimensions size) =>
        x < X + Oriented.Length && X < x + size.Length &&
        y < Y + Oriented.Width && Y < y + size.Width &&
        z < Z + Oriented.Height && Z < z + size.Height;
}
