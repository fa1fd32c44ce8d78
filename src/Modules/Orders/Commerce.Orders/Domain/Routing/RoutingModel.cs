namespace Commerce.Orders.Domain.Routing;

/// <summary>Where units can ship from.</summary>
public enum SourceKind
{
    /// <summary>Our own warehouse: a stock location we pick and pack at.</summary>
    Warehouse,
    /// <summary>A third-party logistics provider: a stock location whose stock we mirror; it ships on our request.</summary>
    ThirdParty,
    /// <summary>A supplier that ships its own stock straight to our customer; we hold none.</summary>
    Dropship,
}

/// <summary>How a rule orders its sources before it takes the first that can ship.</summary>
public enum RoutingStrategy
{
    /// <summary>In the order the rule lists them.</summary>
    Preference,
    /// <summary>Nearest to the customer first: the lowest zone of each source's zone chart for the destination.</summary>
    Nearest,
    /// <summary>Cheapest first: the source's cost per shipment plus, for a supplier, its unit costs.</summary>
    Cheapest,
}

/// <summary>What routing knows of a source. Stock sources have a <see cref="Location"/>; suppliers list what they ship and at what cost.</summary>
public sealed record RoutingSource(
    string Code, SourceKind Kind, string? Location, decimal ShipmentCost, IReadOnlyList<ZoneEntry> Zones,
    IReadOnlyDictionary<string, decimal> SupplierUnitCosts)
{
    public bool HoldsStock => Kind is not SourceKind.Dropship;

    /// <summary>The zone of a destination: the longest matching entry ("US-9" before "US"), or null when none matches.</summary>
    public int? ZoneFor(Destination destination) =>
        Zones.Where(z => destination.Matches(z.Destination)).OrderByDescending(z => z.Destination.Length).Select(z => (int?)z.Zone).FirstOrDefault();
}

/// <summary>A line of a source's zone chart: destinations matching <see cref="Destination"/> ("US", "US-9", "US-940") are this zone.</summary>
public sealed record ZoneEntry(string Destination, int Zone);

/// <summary>Where the order goes: a country code and a postal code.</summary>
public sealed record Destination(string CountryCode, string PostalCode)
{
    /// <summary>
    /// "US" matches every US address; "US-9" every US postal code starting with 9 (spaces ignored), so rules and zone
    /// charts can name a country or any prefix of its postal codes.
    /// </summary>
    public bool Matches(string pattern)
    {
        var dash = pattern.IndexOf('-');
        var country = dash < 0 ? pattern : pattern[..dash];
        if (!string.Equals(country, CountryCode, StringComparison.OrdinalIgnoreCase)) return false;
        if (dash < 0) return true;
        var prefix = pattern[(dash + 1)..].Replace(" ", "");
        return PostalCode.Replace(" ", "").StartsWith(prefix, StringComparison.OrdinalIgnoreCase);
    }
}

/// <summary>
/// A routing rule: which lines it takes (every condition given must hold; within one, any value may match) and how it
/// chooses among its sources.
/// </summary>
public sealed record RoutingRuleSpec(
    string Name,
    IReadOnlyCollection<string> Skus,
    IReadOnlyCollection<string> Categories,
    IReadOnlyCollection<string> Destinations,
    IReadOnlyCollection<string> Channels,
    IReadOnlyList<string> Sources,
    RoutingStrategy Strategy,
    bool AllowSplit,
    bool AllowBackorder,
    Guid? Id = null)
{
    public bool Takes(RoutingLine line, RoutingOrder order) =>
        (Skus.Count == 0 || Skus.Contains(line.Sku, StringComparer.OrdinalIgnoreCase))
        && (Categories.Count == 0 || (line.Category is not null && Categories.Contains(line.Category, StringComparer.OrdinalIgnoreCase)))
        && (Destinations.Count == 0 || Destinations.Any(order.Destination.Matches))
        && (Channels.Count == 0 || Channels.Contains(order.Channel, StringComparer.OrdinalIgnoreCase));
}

public sealed record RoutingOrder(string Channel, Destination Destination, IReadOnlyList<RoutingLine> Lines);

public sealed record RoutingLine(int LineNumber, string Sku, string? Category, int Quantity);

/// <summary>Available units per location and SKU, as Inventory reported them just before routing.</summary>
public sealed class StockPicture(IReadOnlyDictionary<(string Location, string Sku), int> available)
{
    public int Available(string location, string sku) => available.GetValueOrDefault((location, sku));
}

/// <summary><see cref="Quantity"/> units of a line go to <see cref="Source"/>; <see cref="Backordered"/> ones wait there for stock.</summary>
public sealed record Assignment(int LineNumber, string Sku, string Source, int Quantity, bool Backordered, string Reason, Guid? RuleId = null);

/// <summary>
/// The routing of a whole order. Lines no rule could place are left to the default (<see cref="Unrouted"/>): reserved
/// wherever our stock is, and backordered otherwise, as without rules.
/// </summary>
public sealed record RoutingPlan(IReadOnlyList<Assignment> Assignments, IReadOnlyList<Assignment> Unrouted);
