using Commerce.Shipping.Domain;

namespace Commerce.Shipping.Features.Shipments;

public sealed record ShipmentView(
    Guid Id, Guid OrderId, string Location, string ExternalId, string ServiceLevel, DateOnly PromisedBy, string Status,
    string? AccountId, string? Carrier, string? Service, decimal? LabelCost, string? Currency, DateOnly? EstimatedDelivery,
    DateTimeOffset PackedAt, DateTimeOffset? DispatchedAt, DateTimeOffset? DeliveredAt, bool? OnTime,
    IReadOnlyList<PackageView> Packages);

public sealed record PackageView(
    Guid Id, string BoxCode, decimal LengthIn, decimal WidthIn, decimal HeightIn, decimal WeightLb, string? TrackingNumber,
    string? TrackingUrl, string? Carrier, decimal? Cost, string? Currency, string TrackingStatus,
    DateOnly? EstimatedDelivery, DateTimeOffset? DeliveredAt, IReadOnlyList<TrackingEventView> Events);

public sealed record TrackingEventView(DateTimeOffset At, string Status, string? Detail, string? Message, string? Location, string Source);

internal static class ShipmentViews
{
    public static ShipmentView ToView(Shipment s, IReadOnlyCollection<TrackingEventRecord>? events = null) =>
        new(s.Id, s.OrderId, s.Location, s.ExternalId, s.ServiceLevel, s.PromisedBy, s.Status.ToString(), s.AccountId, s.Carrier,
            s.Service, s.LabelCost, s.Currency, s.EstimatedDelivery, s.PackedAt, s.DispatchedAt, s.DeliveredAt,
            s.DeliveredAt is null ? null : s.OnTime,
            s.Packages.OrderBy(p => p.Id).Select(p => new PackageView(p.Id, p.BoxCode, p.LengthIn, p.WidthIn, p.HeightIn, p.WeightLb,
                p.TrackingNumber, p.TrackingUrl, p.Carrier, p.Cost, p.Currency, p.TrackingStatus.ToString(),
                p.EstimatedDelivery, p.DeliveredAt,
                (events ?? []).Where(e => e.PackageId == p.Id).OrderBy(e => e.At)
                    .Select(e => new TrackingEventView(e.At, e.Status.ToString(), e.Detail, e.Message, e.Place, e.Source)).ToList()))
                .ToList());
}
