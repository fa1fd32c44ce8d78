using Commerce.Warehouse.Domain.Routing;

namespace Commerce.Warehouse.Domain.Layout;

/// <summary>
/// The floor of one location as a single block: parallel aisles, a front cross aisle (where the depot, the pack station,
/// is) and a back cross aisle. Distances are in metres.
/// </summary>
public sealed class WarehouseLayout
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string Location { get; init; }
    public double AisleLength { get; set; }
    /// <summary>Where the depot is on the front cross aisle, as a distance from the same origin as the aisles' X.</summary>
    public double DepotX { get; set; }
    public List<Aisle> Aisles { get; init; } = [];
    public DateTimeOffset UpdatedAt { get; set; }

    internal AisleLayout ToRoutingLayout() =>
        new(Aisles.OrderBy(a => a.X).Select(a => a.X).ToList(), AisleLength, DepotX);

    /// <summary>The aisle's index in <see cref="ToRoutingLayout"/> (aisles ordered left to right).</summary>
    internal int RoutingIndexOf(int aisleNumber) =>
        Aisles.OrderBy(a => a.X).Select((a, i) => (a.Number, i)).First(x => x.Number == aisleNumber).i;

    internal PickLocation PickLocationOf(Bin bin) => new(RoutingIndexOf(bin.Aisle), bin.Position);

    public string? ZoneOf(int aisleNumber) => Aisles.FirstOrDefault(a => a.Number == aisleNumber)?.Zone;
}

public sealed class Aisle
{
    public Guid LayoutId { get; init; }
    public int Number { get; init; }
    public double X { get; init; }
    public required string Zone { get; init; }
}
