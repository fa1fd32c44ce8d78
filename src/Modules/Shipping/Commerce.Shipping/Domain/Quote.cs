namespace Commerce.Shipping.Domain;

/// <summary>A rate quote for a shipment: every carrier's price per package, and the carriers that did not answer.</summary>
public sealed class Quote
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid ShipmentId { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    /// <summary>Why carriers or rates were left out (failures, timeouts, unreadable rates), one per line.</summary>
    public required string Skipped { get; init; }
    /// <summary>The overrides the quote was asked with; buying the labels keeps to them unless told otherwise.</summary>
    public string? OverrideAccountId { get; init; }
    public string? OverrideCarrier { get; init; }
    public string? OverrideService { get; init; }
    public List<PackageRate> Rates { get; init; } = [];

    internal RateOverride? Override() =>
        (OverrideAccountId ?? OverrideCarrier ?? OverrideService) is null ? null : new RateOverride(OverrideAccountId, OverrideCarrier, OverrideService);
}

/// <summary>One carrier service's price for one package, with what the carrier needs to sell exactly this rate.</summary>
public sealed class PackageRate
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid QuoteId { get; init; }
    public Guid PackageId { get; init; }
    public required string AccountId { get; init; }
    public required string Carrier { get; init; }
    public required string Service { get; init; }
    public decimal Price { get; init; }
    public required string Currency { get; init; }
    public int? TransitDays { get; init; }
    public DateOnly? EstimatedDelivery { get; init; }
    public decimal? BillableWeightLb { get; init; }
    public string? CarrierRateId { get; init; }
    public string? CarrierShipmentId { get; init; }
}
