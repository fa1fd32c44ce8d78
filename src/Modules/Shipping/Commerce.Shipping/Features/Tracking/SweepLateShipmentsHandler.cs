using Commerce.Shipping.Contracts;
using Commerce.Shipping.Data;
using Commerce.Shipping.Domain;
using Microsoft.EntityFrameworkCore;
using Wolverine;

namespace Commerce.Shipping.Features.Tracking;

/// <summary>Look for shipments past their promised day (sent hourly by <see cref="Jobs.LateShipmentSweepJob"/>).</summary>
public sealed record SweepLateShipments;

public static class SweepLateShipmentsHandler
{
    public const int BatchSize = 500;

    public static async Task<OutgoingMessages> Handle(
        SweepLateShipments _, ShippingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var overdue = await db.Shipments
            .Where(s => !s.DelayReported && s.PromisedBy < today
                        && (s.Status == ShipmentStatus.Dispatched || s.Status == ShipmentStatus.InTransit
                            || s.Status == ShipmentStatus.OutForDelivery || s.Status == ShipmentStatus.Exception))
            .OrderBy(s => s.PromisedBy).Take(BatchSize)
            .ToListAsync(cancellationToken);
        var messages = new OutgoingMessages();
        foreach (var shipment in overdue)
        {
            if (shipment.ReportIfOverdue(now) is { } reason)
                messages.Add(new ShipmentDelayed(shipment.Id, shipment.OrderId, reason, shipment.PromisedBy, shipment.EstimatedDelivery, now));
        }

        return messages;
    }
}
