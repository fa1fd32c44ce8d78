namespace Commerce.Inventory.Contracts;

/// <summary>Reserve stock for every line of an order; what cannot be reserved now stays on backorder.</summary>
public sealed record ReserveStock(Guid OrderId, DateTimeOffset PlacedAt, IReadOnlyList<RequestedLine> Lines);

/// <summary>
/// An order line's demand. <see cref="Locations"/>, when given, are the only locations it may be reserved at, in order of
/// preference (a routing decision); its backorder waits for stock at those. Null: any location, fewest first.
/// </summary>
public sealed record RequestedLine(int LineNumber, string Sku, int Quantity, IReadOnlyList<string>? Locations = null);

/// <summary>Give back every reservation of an order and stop filling its backorders (the order was cancelled).</summary>
public sealed record ReleaseStock(Guid OrderId);

/// <summary>
/// The whole allocation of an order as it stands now. <see cref="Version"/> grows with every change, so a consumer keeps
/// the newest and ignores repeats and stragglers.
/// </summary>
public sealed record StockAllocationChanged(Guid OrderId, int Version, IReadOnlyList<AllocatedLine> Lines);

/// <summary>One order line's demand and where its reserved units are: <see cref="Locations"/> sum to <see cref="Allocated"/>.</summary>
/// <see cref="UnknownSku"/>: the catalogue has no such SKU, so nothing can ever be reserved for the line.
public sealed record AllocatedLine(
    int LineNumber, string Sku, int Requested, int Allocated, IReadOnlyList<AllocatedAt> Locations, bool UnknownSku = false);

/// <summary><see cref="Quantity"/> units reserved at the location now; <see cref="Shipped"/> units of the line already shipped from it.</summary>
public sealed record AllocatedAt(string Location, int Quantity, int Shipped = 0);

/// <summary>Query: which of these SKU codes does Inventory not know? Answered with <see cref="UnknownSkus"/>.</summary>
public sealed record FindUnknownSkus(IReadOnlyList<string> Skus);

public sealed record UnknownSkus(IReadOnlyList<string> Skus);

/// <summary>Query: which of these location codes does Inventory not know? Answered with <see cref="UnknownLocations"/>.</summary>
public sealed record FindUnknownLocations(IReadOnlyList<string> Locations);

public sealed record UnknownLocations(IReadOnlyList<string> Locations);

/// <summary>Query: the addresses of these locations (where parcels ship from). Answered with <see cref="LocationDescriptions"/>.</summary>
public sealed record DescribeLocations(IReadOnlyList<string> Locations);

public sealed record LocationDescriptions(IReadOnlyList<LocationDescription> Locations);

public sealed record LocationDescription(
    string Code, string Name, string Line1, string? Line2, string City, string? Region, string PostalCode, string CountryCode);

/// <summary>
/// The order's units reserved at <see cref="Location"/> left the building with a carrier: on hand and reserved both drop
/// (ledger kind Shipment). Shipping them twice changes nothing.
/// </summary>
/// <see cref="Lines"/>, when given, limit the shipment to those units of those lines (a 3PL shipped one request);
/// otherwise every unit reserved for the order at the location ships.
public sealed record ShipStock(Guid OrderId, string Location, IReadOnlyList<ShippedUnits>? Lines = null);

public sealed record ShippedUnits(int LineNumber, int Quantity);

/// <summary>
/// Available stock of a SKU at a location fell below its reorder point: order <see cref="SuggestedQuantity"/> from the
/// supplier. Sent once per crossing.
/// </summary>
public sealed record StockBelowReorderPoint(
    string Sku, string Location, int Available, decimal ReorderPoint, decimal SafetyStock, decimal SuggestedQuantity, DateTimeOffset At);

/// <summary>
/// What a sales channel may sell of a SKU now: available stock over all locations less the channel's buffer, never below
/// zero. Sent when the figure changes, coalesced (at most once a check), for the storefront connectors to push.
/// </summary>
public sealed record AvailableToSellChanged(string Sku, string Channel, int Quantity, DateTimeOffset At);

/// <summary>The shipment was voided before the carrier took it: the shipped units are on hand and reserved again.</summary>
public sealed record ReverseShippedStock(Guid OrderId, string Location);

/// <summary>Query: the physical description of these SKUs (for picking and packing). Answered with <see cref="SkuDescriptions"/>.</summary>
public sealed record DescribeSkus(IReadOnlyList<string> Skus);

/// <summary>The SKUs found, unknown codes left out.</summary>
public sealed record SkuDescriptions(IReadOnlyList<SkuDescription> Skus);

public sealed record SkuDescription(
    string Code, string Name, string? Barcode, decimal LengthCm, decimal WidthCm, decimal HeightCm, decimal WeightKg);

/// <summary>
/// A picker found fewer units in a bin than expected for an order line. Inventory writes the missing units off the
/// location's stock (ledger reason "short-pick") and re-allocates what the order line loses, from another location or as
/// a backorder.
/// </summary>
/// <see cref="ShortPickId"/> identifies the report: a repeated delivery writes nothing off twice.
public sealed record ReportShortPick(Guid ShortPickId, Guid OrderId, int LineNumber, string Sku, string Location, string Bin, int Missing);

/// <summary>
/// Query for routing an order: the SKUs' categories and what is available of them at every location. Answered, as an
/// event, with <see cref="StockForRouting"/>.
/// </summary>
public sealed record DescribeStockForRouting(Guid OrderId, IReadOnlyList<string> Skus);

/// <summary>What routing needs to know of an order's SKUs: their categories and available units per location now.</summary>
public sealed record StockForRouting(Guid OrderId, IReadOnlyList<SkuCategory> Skus, IReadOnlyList<AvailableAt> Available);

/// <summary><see cref="Known"/> is false for a code the catalogue does not have.</summary>
public sealed record SkuCategory(string Sku, string? Category, bool Known);

public sealed record AvailableAt(string Location, string Sku, int Available);

/// <summary>Query: which of these categories has no SKU in it? Answered with <see cref="UnknownCategories"/>.</summary>
public sealed record FindUnknownCategories(IReadOnlyList<string> Categories);

public sealed record UnknownCategories(IReadOnlyList<string> Categories);

/// <summary>
/// A routing change for an order line: from now on Inventory reserves <see cref="Requested"/> units for it (fewer when a
/// supplier took over the rest; reservations beyond it are given back), at <see cref="Locations"/> when given. Absolute,
/// so a repeat changes nothing.
/// </summary>
public sealed record SetLineDemand(Guid OrderId, int LineNumber, int Requested, IReadOnlyList<string>? Locations);

/// <summary>
/// Look up again the SKUs of an order's lines the catalogue did not know when it was placed (they may have been added
/// since), and reserve for them. The answer is a new <see cref="StockAllocationChanged"/>.
/// </summary>
public sealed record ResolveSkus(Guid OrderId);
