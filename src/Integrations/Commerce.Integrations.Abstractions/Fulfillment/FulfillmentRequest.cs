namespace Commerce.Integrations.Abstractions.Fulfillment;

public enum FulfillmentRequestKind
{
    /// <summary>Ship these units from the stock the 3PL holds for us.</summary>
    ThirdPartyFulfillment,
    /// <summary>A purchase order: the supplier ships these units from its own stock straight to our customer.</summary>
    DropshipPurchaseOrder,
}

/// <summary>
/// What we ask a fulfillment partner to ship. <see cref="RequestId"/> is ours and stays the same when the request is sent
/// again: the partner's idempotency key, and the id its shipment confirmation names.
/// </summary>
public sealed record FulfillmentRequest(
    string RequestId,
    FulfillmentRequestKind Kind,
    Guid OrderId,
    string OrderReference,
    DateTimeOffset CreatedAt,
    string ServiceLevel,
    PartnerAddress ShipTo,
    string? CustomerEmail,
    string? CustomerPhone,
    string Currency,
    IReadOnlyList<FulfillmentRequestLine> Lines);

public sealed record PartnerAddress(
    string Name, string Line1, string? Line2, string City, string? Region, string PostalCode, string CountryCode);

/// <summary>A line to ship. <see cref="UnitCost"/> is what we pay a dropship supplier per unit; null for a 3PL.</summary>
public sealed record FulfillmentRequestLine(int LineNumber, string Sku, string? Description, int Quantity, decimal? UnitCost);

/// <summary>The partner took the request; <see cref="PartnerReference"/> is its own id for it, when it gives one.</summary>
public sealed record PartnerAcknowledgement(string? PartnerReference);

/// <summary>
/// The partner shipped (part of) a request. <see cref="ConfirmationId"/> is unique per confirmation: a repeat changes
/// nothing. Lines left out mean the whole request shipped.
/// </summary>
public sealed record PartnerShipmentConfirmation(
    string ConfirmationId,
    string RequestId,
    string Carrier,
    string TrackingNumber,
    string? TrackingUrl,
    DateTimeOffset ShippedAt,
    IReadOnlyList<ConfirmedLine> Lines);

public sealed record ConfirmedLine(string Sku, int Quantity);
