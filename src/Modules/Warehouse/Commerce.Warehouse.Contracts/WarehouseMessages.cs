namespace Commerce.Warehouse.Contracts;

/// <summary>
/// An order's units at one location are packed and ready for a carrier: one entry per box, with its outer size in
/// inches and its weight in pounds (box included), as carriers rate them.
/// </summary>
public sealed record OrderPacked(
    Guid OrderId, string Location, DateTimeOffset PackedAt, string Channel, string ExternalId, string ServiceLevel,
    DateTimeOffset PlacedAt, PackedShipTo ShipTo, IReadOnlyList<PackedPackage> Packages);

public sealed record PackedShipTo(
    string Name, string Line1, string? Line2, string City, string? Region, string PostalCode, string CountryCode);

public sealed record PackedPackage(
    Guid PackageId, string BoxCode, decimal LengthIn, decimal WidthIn, decimal HeightIn, decimal WeightLb,
    IReadOnlyList<PackedItem> Items);

public sealed record PackedItem(int LineNumber, string Sku, int Quantity);

/// <summary>Count this SKU in every bin of the location that holds it (a cycle count). Bins with an open count for it are skipped.</summary>
public sealed record RequestCount(string Location, string Sku, string Reason);

/// <summary>A bin was counted: what the records said and what was found.</summary>
public sealed record CountRecorded(string Location, string Sku, string Bin, int Expected, int Counted, DateTimeOffset At);

/// <summary>An order packed at a location was cancelled before it shipped: its boxes are unpacked and put away.</summary>
public sealed record PackedOrderCancelled(Guid OrderId, string Location, DateTimeOffset At);
