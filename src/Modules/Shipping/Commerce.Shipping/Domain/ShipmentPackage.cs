using Commerce.Integrations.Abstractions.Carriers;

namespace Commerce.Shipping.Domain;

/// <summary>One box of a shipment (its id is the warehouse's package id): its label, cost and tracking.</summary>
public sealed class ShipmentPackage
{
    public Guid Id { get; init; }
    public Guid ShipmentId { get; init; }
    public required string BoxCode { get; init; }
    public decimal LengthIn { get; init; }
    public decimal WidthIn { get; init; }
    public decimal HeightIn { get; init; }
    public decimal WeightLb { get; init; }
    public string? AccountId { get; private set; }
    public string? TrackingNumber { get; private set; }
    public string? TrackingUrl { get; private set; }
    public string? CarrierShipmentId { get; private set; }
    public string? Carrier { get; private set; }
    public decimal? Cost { get; private set; }
    public string? Currency { get; private set; }
    public TrackingStatus TrackingStatus { get; private set; }
    public DateTimeOffset? LastEventAt { get; private set; }
    public DateOnly? EstimatedDelivery { get; private set; }
    public DateTimeOffset? DeliveredAt { get; private set; }
    public DateTimeOffset? LabelledAt { get; private set; }
    public DateTimeOffset? NextPollAt { get; private set; }
    /// <summary>Set while a label is being bought: a second buyer sees it and stays away, so the carrier charges once.</summary>
    public DateTimeOffset? BuyingSince { get; private set; }

    /// <summary>How long a purchase may be in flight before another attempt may take over (the first surely failed).</summary>
    public static readonly TimeSpan PurchaseLease = TimeSpan.FromMinutes(2);

    public bool ClaimPurchase(DateTimeOffset now)
    {
        if (HasLabel || (BuyingSince is { } since && now - since < PurchaseLease)) return false;
        BuyingSince = now;
        return true;
    }

    public void ReleasePurchase() => BuyingSince = null;

    public Parcel Parcel => new(LengthIn, WidthIn, HeightIn, WeightLb);

    public bool HasLabel => TrackingNumber is not null;

    public void Label(string accountId, string carrier, PurchasedLabel label, DateTimeOffset at)
    {
        (AccountId, Carrier, TrackingNumber, TrackingUrl, CarrierShipmentId) =
            (accountId, carrier, label.TrackingNumber, label.TrackingUrl, label.CarrierShipmentId);
        (Cost, Currency, LabelledAt, BuyingSince) = (label.Cost, label.Currency, at, null);
        TrackingStatus = TrackingStatus.PreTransit;
        NextPollAt = at.AddHours(1);
    }

    /// <summary>The label is voided at the carrier: the package is as if never labelled (the audit log keeps the old label).</summary>
    public void ClearLabel()
    {
        (AccountId, TrackingNumber, TrackingUrl, CarrierShipmentId, Carrier, Cost, Currency) = (null, null, null, null, null, null, null);
        (TrackingStatus, LastEventAt, EstimatedDelivery, DeliveredAt, LabelledAt, NextPollAt, BuyingSince) =
            (TrackingStatus.Unknown, null, null, null, null, null, null);
    }

    /// <summary>A poll that failed: try again later, with the same 90-day cut-off.</summary>
    public void PostponePoll(DateTimeOffset now) =>
        NextPollAt = LabelledAt is { } at && now - at > TimeSpan.FromDays(90) ? null : now.AddHours(1);

    /// <summary>Applies what the carrier reports, never moving backwards; true when the status changed.</summary>
    public bool Apply(TrackingInfo info, DateTimeOffset now)
    {
        var latest = info.Events.Count > 0 ? info.Events.Max(e => e.At) : now;
        if (info.EstimatedDelivery is not null && !TrackingProgress.IsFinal(TrackingStatus)) EstimatedDelivery = info.EstimatedDelivery;
        var changed = TrackingProgress.Advances(TrackingStatus, LastEventAt, info.Status, latest);
        if (changed)
        {
            TrackingStatus = info.Status;
            if (info.Status == TrackingStatus.Delivered) DeliveredAt = info.DeliveredAt ?? latest;
        }

        if (LastEventAt is null || latest > LastEventAt) LastEventAt = latest;
        NextPollAt = NextPoll(now);
        return changed;
    }

    /// <summary>
    /// Polling, for carriers that do not push: often when the parcel is nearly there, rarely while it travels, never
    /// after a final status or 90 days after the label.
    /// </summary>
    public DateTimeOffset? NextPoll(DateTimeOffset now) =>
        TrackingProgress.IsFinal(TrackingStatus) || !HasLabel || (LabelledAt is { } at && now - at > TimeSpan.FromDays(90)) ? null
        : TrackingStatus switch
        {
            TrackingStatus.OutForDelivery or TrackingStatus.AvailableForPickup => now.AddMinutes(30),
            TrackingStatus.Exception => now.AddHours(2),
            TrackingStatus.InTransit => now.AddHours(4),
            _ => now.AddHours(6),
        };
}
