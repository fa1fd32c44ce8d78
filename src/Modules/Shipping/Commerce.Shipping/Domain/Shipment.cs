using Commerce.Integrations.Abstractions.Carriers;

namespace Commerce.Shipping.Domain;

/// <summary>
/// An order's packages from one location on their way to the customer: the rate chosen, a label per package, tracking,
/// and the promise it is measured against. <see cref="Revision"/> is the optimistic concurrency token: two buyers of
/// the same labels collide instead of paying twice.
/// </summary>
public sealed class Shipment
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid OrderId { get; init; }
    public required string Location { get; init; }
    public required string Channel { get; init; }
    public required string ExternalId { get; init; }
    public required string ServiceLevel { get; init; }
    public DateTimeOffset PlacedAt { get; init; }
    public DateOnly PromisedBy { get; init; }
    public required string ShipToName { get; init; }
    public required string ShipToLine1 { get; init; }
    public string? ShipToLine2 { get; init; }
    public required string ShipToCity { get; init; }
    public string? ShipToRegion { get; init; }
    public required string ShipToPostalCode { get; init; }
    public required string ShipToCountryCode { get; init; }
    public ShipmentStatus Status { get; private set; }
    public string? AccountId { get; private set; }
    public string? Carrier { get; private set; }
    public string? Service { get; private set; }
    public decimal? LabelCost { get; private set; }
    public string? Currency { get; private set; }
    public DateTimeOffset PackedAt { get; init; }
    public DateTimeOffset? DispatchedAt { get; private set; }
    public DateTimeOffset? DeliveredAt { get; private set; }
    public DateOnly? EstimatedDelivery { get; private set; }
    public bool DelayReported { get; private set; }
    public int Revision { get; private set; }
    public List<ShipmentPackage> Packages { get; init; } = [];

    public ShippingAddress ShipTo(string? email = null) =>
        new(ShipToName, null, ShipToLine1, ShipToLine2, ShipToCity, ShipToRegion, ShipToPostalCode, ShipToCountryCode, null, email);

    public void Touch() => Revision++;

    /// <summary>
    /// The carrier service of the first label bought: every other package of the shipment must use it too, so the
    /// shipment has one carrier, one service and one currency.
    /// </summary>
    public void UseService(string accountId, string carrier, string service)
    {
        if (AccountId is null) (AccountId, Carrier, Service) = (accountId, carrier, service);
        Touch();
    }

    /// <summary>All packages labelled: the shipment is dispatched.</summary>
    public bool MarkDispatchedIfLabelled(DateTimeOffset at)
    {
        if (Status != ShipmentStatus.Packed || Packages.Any(p => !p.HasLabel)) return false;
        LabelCost = Packages.Sum(p => p.Cost ?? 0);
        Currency = Packages.Select(p => p.Currency).FirstOrDefault(c => c is not null);
        Status = ShipmentStatus.Dispatched;
        DispatchedAt = at;
        Touch();
        return true;
    }

    /// <summary>Every label voided: the costs are released and the shipment waits for new labels. True when it had been dispatched.</summary>
    public bool Reopen()
    {
        var wasDispatched = Status != ShipmentStatus.Packed;
        Status = ShipmentStatus.Packed;
        (AccountId, Carrier, Service, LabelCost, Currency, DispatchedAt, EstimatedDelivery, DelayReported) =
            (null, null, null, null, null, null, null, false);
        Touch();
        return wasDispatched;
    }

    /// <summary>The order was cancelled while packed: no label may be bought.</summary>
    public bool Cancel()
    {
        if (Status != ShipmentStatus.Packed || Packages.Any(p => p.HasLabel)) return false;
        Status = ShipmentStatus.Cancelled;
        Touch();
        return true;
    }

    /// <summary>The shipment's status and dates follow its packages; returns what changed for the customer's promise.</summary>
    public (bool Delivered, string? DelayReason) Follow(TrackingStatus _, DateTimeOffset now)
    {
        // Until every package has its label the shipment is not with the carrier: packages may move, it does not.
        if (Status is ShipmentStatus.Packed or ShipmentStatus.Cancelled) return (false, null);
        var statuses = Packages.Where(p => p.HasLabel).Select(p => p.TrackingStatus).ToList();
        if (statuses.Count == 0) return (false, null);
        EstimatedDelivery = Packages.Max(p => p.EstimatedDelivery);
        var wasDelivered = Status == ShipmentStatus.Delivered;
        Status = statuses.All(s => s == TrackingStatus.Delivered) ? ShipmentStatus.Delivered
            : statuses.Any(s => s is TrackingStatus.Exception or TrackingStatus.ReturnedToSender or TrackingStatus.Failure) ? ShipmentStatus.Exception
            : statuses.All(s => TrackingProgress.Rank(s) >= 3) ? ShipmentStatus.OutForDelivery
            : statuses.Any(s => TrackingProgress.Rank(s) >= 2) ? ShipmentStatus.InTransit
            : Status;
        Touch();
        if (Status == ShipmentStatus.Delivered && !wasDelivered)
        {
            DeliveredAt = Packages.Max(p => p.DeliveredAt) ?? now;
            return (true, null);
        }

        if (DelayReported || Status == ShipmentStatus.Delivered) return (false, null);
        string? reason = Status == ShipmentStatus.Exception
            ? $"The carrier reports {string.Join(", ", statuses.Where(s => s is TrackingStatus.Exception or TrackingStatus.ReturnedToSender or TrackingStatus.Failure).Distinct())}."
            : EstimatedDelivery > PromisedBy ? $"The carrier now expects delivery on {EstimatedDelivery:yyyy-MM-dd}, after the promised {PromisedBy:yyyy-MM-dd}."
            : DateOnly.FromDateTime(now.UtcDateTime) > PromisedBy ? $"Not delivered by the promised {PromisedBy:yyyy-MM-dd}."
            : null;
        if (reason is not null) DelayReported = true;
        return (false, reason);
    }

    /// <summary>
    /// Past the promised day and not delivered, with no delay reported yet: the reason to report (once), else null.
    /// Catches the shipments whose carrier has gone quiet.
    /// </summary>
    public string? ReportIfOverdue(DateTimeOffset now)
    {
        if (DelayReported || Status is ShipmentStatus.Packed or ShipmentStatus.Cancelled or ShipmentStatus.Delivered) return null;
        if (DateOnly.FromDateTime(now.UtcDateTime) <= PromisedBy) return null;
        DelayReported = true;
        Touch();
        return $"Not delivered by the promised {PromisedBy:yyyy-MM-dd}.";
    }

    public bool OnTime => DeliveredAt is { } at && DateOnly.FromDateTime(at.UtcDateTime) <= PromisedBy;
}
