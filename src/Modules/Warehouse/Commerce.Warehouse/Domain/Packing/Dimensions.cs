namespace Commerce.Warehouse.Domain.Packing;

/// <summary>Length × width × height in inches. Placed in a box, Length runs along X, Width along Y, Height along Z.</summary>
internal readonly record struct Dimensions(decimal Length, decimal Width, decimal Height)
{
    public decimal Volume => Length * Width * Height;

    public decimal LongestSide => Math.Max(Length, Math.Max(Width, Height));

    /// <summary>The same three sides, shortest first.</summary>
    public Dimensions Sorted()
    {
        var (a, b, c) = (Length, Width, Height);
        if (a > b) (a, b) = (b, a);
        if (b > c) (b, c) = (c, b);
        if (a > b) (a, b) = (b, a);
        return new Dimensions(a, b, c);
    }

    /// <summary>True when some axis-aligned rotation of these dimensions fits inside <paramref name="space"/>.</summary>
    public bool FitsWithinSomeRotation(Dimensions space)
    {
        // Comparing sides in sorted order is exact: the shortest side must fit the shortest room, and so on.
        var (mine, room) = (Sorted(), space.Sorted());
        return mine.Length <= room.Length && mine.Width <= room.Width && mine.Height <= room.Height;
    }

    /// <summary>True when <paramref name="other"/> is one of this shape's rotations.</summary>
    public bool IsRotationOf(Dimensions other) => Sorted() == other.Sorted();

    /// <summary>The distinct axis-aligned rotations, flattest first, then with the longer side along X.</summary>
    public IReadOnlyList<Dimensions> Rotations() =>
        new[]
        {
            new Dimensions(Length, Width, Height), new Dimensions(Width, Length, Height),
            new Dimensions(Length, Height, Width), new Dimensions(Height, Length, Width),
            new Dimensions(Width, Height, Length), new Dimensions(Height, Width, Length),
        }
        .Distinct()
        .OrderBy(d => d.Height).ThenBy(d => d.Width)
        .ToArray();
}
