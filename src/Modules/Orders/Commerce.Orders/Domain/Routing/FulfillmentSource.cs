namespace Commerce.Orders.Domain.Routing;

/// <summary>
/// Somewhere orders can ship from: our warehouse or a 3PL (each a stock location in Inventory), or a dropship supplier
/// (no stock of ours; it lists the SKUs it ships, at a cost). Requests to a 3PL or supplier go to its partner account.
/// </summary>
public sealed class FulfillmentSource
{
    public required string Code { get; init; }
    public required string Name { get; set; }
    public SourceKind Kind { get; set; }
    public string? Location { get; set; }
    public string? Partner { get; set; }
    /// <summary>What one shipment from here costs us (handling, the 3PL's pick fee, the supplier's drop fee).</summary>
    public decimal ShipmentCost { get; set; }
    public List<SourceZone> Zones { get; set; } = [];
    public List<SupplierItem> Items { get; init; } = [];
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }

    public RoutingSource ToRouting() => new(
        Code, Kind, Location, ShipmentCost, Zones.Select(z => new ZoneEntry(z.Destination, z.Zone)).ToList(),
        Items.ToDictionary(i => i.Sku, i => i.UnitCost, StringComparer.OrdinalIgnoreCase));

    public RoutingSourceInfo ToInfo() => new(
        Code, Kind, Partner, Items.ToDictionary(i => i.Sku, i => i.UnitCost, StringComparer.OrdinalIgnoreCase));
}

/// <summary>A line of a source's zone chart: how far a destination is from it (1 = nearest).</summary>
public sealed class SourceZone
{
    public required string Destination { get; init; }
    public int Zone { get; init; }
}

/// <summary>A SKU a dropship supplier ships: its own code for it, what it charges us, and how long it takes to ship.</summary>
public sealed class SupplierItem
{
    public required string Source { get; init; }
    public required string Sku { get; init; }
    public string? SupplierSku { get; set; }
    public decimal UnitCost { get; set; }
    public int LeadTimeDays { get; set; }
}

/// <summary>A routing rule as stored: the conditions and choice of <see cref="RoutingRuleSpec"/>, at a position.</summary>
public sealed class RoutingRule
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public int Position { get; set; }
    public required string Name { get; set; }
    public bool Enabled { get; set; } = true;
    public List<string> Skus { get; set; } = [];
    public List<string> Categories { get; set; } = [];
    public List<string> Destinations { get; set; } = [];
    public List<string> Channels { get; set; } = [];
    public List<string> Sources { get; set; } = [];
    public RoutingStrategy Strategy { get; set; }
    public bool AllowSplit { get; set; }
    public bool AllowBackorder { get; set; }
    /// <summary>Units backordered by this rule for this many hours go to <see cref="RerouteTo"/> instead.</summary>
    public int? RerouteAfterHours { get; set; }
    public string? RerouteTo { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public RoutingRuleSpec ToSpec() =>
        new(Name, Skus, Categories, Destinations, Channels, Sources, Strategy, AllowSplit, AllowBackorder, Id);
}
