namespace Commerce.Integrations.Abstractions.Carriers;

public sealed record ShippingAddress(
    string Name, string? Company, string Line1, string? Line2, string City, string? Region, string PostalCode,
    string CountryCode, string? Phone, string? Email);

/// <summary>One box: outer size in inches, weight in pounds (box included).</summary>
public sealed record Parcel(decimal LengthIn, decimal WidthIn, decimal HeightIn, decimal WeightLb);

/// <summary>One package to rate or label. <see cref="Reference"/> is ours (the package id): carriers echo it and it keys idempotency.</summary>
public sealed record ShipmentDetails(ShippingAddress From, ShippingAddress To, Parcel Parcel, string Reference);

/// <summary>
/// A price for one package with one service, normalised. <see cref="CarrierRateId"/> and <see cref="CarrierShipmentId"/>
/// are what the carrier needs to buy exactly this rate later (EasyPost's rate and shipment ids), when it has them.
/// </summary>
public sealed record CarrierRate(
    string AccountId, string Carrier, string Service, decimal Price, string Currency, int? TransitDays,
    DateOnly? EstimatedDelivery, decimal? BillableWeightLb, string? CarrierRateId, string? CarrierShipmentId);

/// <summary>The rates a carrier gave, and why others were skipped (a carrier message, an unreadable rate).</summary>
public sealed record RateResult(IReadOnlyList<CarrierRate> Rates, IReadOnlyList<string> Skipped);

public enum LabelFormat
{
    Pdf,
    Png,
    Zpl,
}

public sealed record LabelPurchase(ShipmentDetails Shipment, CarrierRate Rate, LabelFormat Format);

/// <summary>A bought label: the file itself (downloaded, so it survives the carrier's URL expiring) and what it cost.</summary>
public sealed record PurchasedLabel(
    string TrackingNumber, string? TrackingUrl, decimal Cost, string Currency, string CarrierShipmentId, LabelFormat Format,
    byte[] Content, string ContentType);

public sealed record LabelToVoid(string CarrierShipmentId, string TrackingNumber);

/// <summary>The same label in another format (EasyPost converts; others may only have the format they were bought in).</summary>
public sealed record LabelConversion(string CarrierShipmentId, string TrackingNumber, LabelFormat Format);
