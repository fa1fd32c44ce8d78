namespace Commerce.Warehouse.Domain.Packing;

/// <summary>
/// The items loaded into one box so far, and the extreme points where the next one may go
/// (Crainic, Perboli &amp; Tadei 2008, "Extreme Point-Based Heuristics for Three-Dimensional Bin Packing").
/// An item goes at the first extreme point, lowest first (Z, then Y, then X), in the first of its rotations
/// (flattest first) that stays inside the box, overlaps nothing already placed and keeps the box within its
/// maximum weight. An item that cannot go anywhere leaves the load unchanged.
/// </summary>
internal sealed class BoxLoad
{
    private readonly List<PlacedItem> placed = [];
    private readonly SortedSet<Point> extremePoints = new(LowestFirst.Instance) { new Point(0, 0, 0) };

    public BoxLoad(BoxType box)
    {
        Box = box;
        GrossWeight = box.TareWeight;
    }

    public BoxType Box { get; }

    /// <summary>Items plus tare, in lb.</summary>
    public decimal GrossWeight { get; private set; }

    public decimal LoadedVolume { get; private set; }

    public IReadOnlyList<PlacedItem> Placed => placed;

    /// <summary>Places the item if it fits; false (and nothing changes) when it does not.</summary>
    public bool TryPlace(PackItem item)
    {
        if (GrossWeight + item.Weight > Box.MaxWeight
            || LoadedVolume + item.Size.Volume > Box.Inner.Volume
            || !item.Size.FitsWithinSomeRotation(Box.Inner))
        {
            return false;
        }

        var rotations = item.Size.Rotations();
        foreach (var point in extremePoints)
        {
            foreach (var rotation in rotations)
            {
                if (IsFree(point, rotation))
                {
                    Place(item, point, rotation);
                    return true;
                }
            }
        }

        return false;
    }

    private bool IsFree(Point at, Dimensions size)
    {
        if (at.X + size.Length > Box.Inner.Length || at.Y + size.Width > Box.Inner.Width || at.Z + size.Height > Box.Inner.Height)
        {
            return false;
        }

        foreach (var other in placed)
        {
            if (other.Overlaps(at.X, at.Y, at.Z, size))
            {
                return false;
            }
        }

        return true;
    }

    private void Place(PackItem item, Point at, Dimensions size)
    {
        var newcomer = new PlacedItem(item, at.X, at.Y, at.Z, size);
        placed.Add(newcomer);
        GrossWeight += item.Weight;
        LoadedVolume += item.Size.Volume;

        extremePoints.Remove(at);
        extremePoints.RemoveWhere(p => Covers(newcomer, p));

        var (right, behind, above) = (at.X + size.Length, at.Y + size.Width, at.Z + size.Height);
        // Each corner of the newcomer is slid back along the two other axes until it meets an item or a wall,
        // so that the next item can sit snug against what is already there.
        AddIfUsable(new Point(right, ProjectAlongY(right, at.Y, at.Z), at.Z));
        AddIfUsable(new Point(right, at.Y, ProjectAlongZ(right, at.Y, at.Z)));
        AddIfUsable(new Point(ProjectAlongX(at.X, behind, at.Z), behind, at.Z));
        AddIfUsable(new Point(at.X, behind, ProjectAlongZ(at.X, behind, at.Z)));
        AddIfUsable(new Point(ProjectAlongX(at.X, at.Y, above), at.Y, above));
        AddIfUsable(new Point(at.X, ProjectAlongY(at.X, at.Y, above), above));
    }

    private void AddIfUsable(Point p)
    {
        if (p.X < Box.Inner.Length && p.Y < Box.Inner.Width && p.Z < Box.Inner.Height && !placed.Any(i => Covers(i, p)))
        {
            extremePoints.Add(p);
        }
    }

    private static bool Covers(PlacedItem item, Point p) =>
        item.X <= p.X && p.X < item.X + item.Oriented.Length &&
        item.Y <= p.Y && p.Y < item.Y + item.Oriented.Width &&
        item.Z <= p.Z && p.Z < item.Z + item.Oriented.Height;

    private decimal ProjectAlongX(decimal x, decimal y, decimal z) =>
        placed.Where(i => i.X + i.Oriented.Length <= x && Spans(i.Y, i.Oriented.Width, y) && Spans(i.Z, i.Oriented.Height, z))
            .Select(i => i.X + i.Oriented.Length).DefaultIfEmpty(0m).Max();

    private decimal ProjectAlongY(decimal x, decimal y, decimal z) =>
        placed.Where(i => i.Y + i.Oriented.Width <= y && Spans(i.X, i.Oriented.Length, x) && Spans(i.Z, i.Oriented.Height, z))
            .Select(i => i.Y + i.Oriented.Width).DefaultIfEmpty(0m).Max();

    private decimal ProjectAlongZ(decimal x, decimal y, decimal z) =>
        placed.Where(i => i.Z + i.Oriented.Height <= z && Spans(i.X, i.Oriented.Length, x) && Spans(i.Y, i.Oriented.Width, y))
            .Select(i => i.Z + i.Oriented.Height).DefaultIfEmpty(0m).Max();

    private static bool Spans(decimal start, decimal length, decimal at) => start <= at && at < start + length;

    private readonly record struct Point(decimal X, decimal Y, decimal Z);

    private sealed class LowestFirst : IComparer<Point>
    {
        public static readonly LowestFirst Instance = new();

        public int Compare(Point a, Point b)
        {
            var byZ = a.Z.CompareTo(b.Z);
            if (byZ != 0) return byZ;
            var byY = a.Y.CompareTo(b.Y);
            return byY != 0 ? byY : a.X.CompareTo(b.X);
        }
    }
}
