using Commerce.Warehouse.Data;
using Commerce.Warehouse.Domain.Layout;
using Commerce.Warehouse.Domain.Picking;
using Commerce.Warehouse.Domain.Routing;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Warehouse.Features.Picking;

/// <summary>A location's layout and bins, to place pick lines on the aisle graph.</summary>
internal sealed class FloorMap
{
    private readonly Dictionary<Guid, Bin> _bins;

    private FloorMap(WarehouseLayout layout, Dictionary<Guid, Bin> bins)
    {
        Layout = layout;
        Routing = layout.ToRoutingLayout();
        _bins = bins;
    }

    public WarehouseLayout Layout { get; }
    public AisleLayout Routing { get; }

    public static async Task<FloorMap?> LoadAsync(WarehouseDbContext db, string location, CancellationToken cancellationToken)
    {
        var layout = await db.Layouts.Include(l => l.Aisles).AsNoTracking()
            .SingleOrDefaultAsync(l => l.Location == location, cancellationToken);
        if (layout is null || layout.Aisles.Count == 0) return null;
        var bins = await db.Bins.AsNoTracking().Where(b => b.Location == location).ToDictionaryAsync(b => b.Id, cancellationToken);
        return new FloorMap(layout, bins);
    }

    public Bin Bin(Guid binId) => _bins[binId];

    public PickLocation Locate(Guid binId) => Layout.PickLocationOf(_bins[binId]);

    public PickLocation Locate(PickLine line) => Locate(line.BinId);

    public string ZoneOf(Guid binId) => Layout.ZoneOf(_bins[binId].Aisle) ?? "";

    /// <summary>Walking distance from the depot, along the front cross aisle and up the bin's aisle.</summary>
    public double FromDepot(Guid binId)
    {
        var at = Locate(binId);
        return Math.Abs(Routing.AisleX[at.Aisle] - Routing.DepotX) + at.Y;
    }
}
