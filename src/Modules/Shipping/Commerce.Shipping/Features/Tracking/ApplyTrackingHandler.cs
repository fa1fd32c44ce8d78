using Commerce.Kernel;
using Commerce.Integrations.Abstractions.Carriers;
using Commerce.Shipping.Contracts;
using Commerce.Shipping.Data;
using Commerce.Shipping.Domain;
using Microsoft.EntityFrameworkCore;
using Wolverine;

namespace Commerce.Shipping.Features.Tracking;

/// <summary>
/// What carriers (or staff) report about packages. <see cref="EventId"/>, when the source has one (a webhook's event
/// id), makes a repeated delivery a no-op.
/// </summary>
/// <see cref="Accounts"/> limits which carrier accounts' packages the source may move (a webhook: its own account;
/// staff and CSV: the couriers without tracking of their own).
public sealed record ApplyTracking(
    string Source, string? AccountId, string? EventId, IReadOnlyList<TrackingInfo> Updates, IReadOnlyCollection<string> Accounts);

public sealed record TrackingOutcome(bool Duplicate, int Applied, IReadOnlyList<string> UnknownTrackingNumbers);

public static class ApplyTrackingHandler
{
    /// <summary>
    /// Records each scan once, moves packages forward only (a late or repeated event never moves one back), and tells the
    /// rest of the system when a shipment is delivered or will miss its promise.
    /// </summary>
    public static async Task<(TrackingOutcome, OutgoingMessages)> Handle(
        ApplyTracking command, ShippingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (command.EventId is not null && command.AccountId is not null)
        {
            if (await db.WebhookReceipts.AnyAsync(r => r.AccountId == command.AccountId && r.EventId == command.EventId, cancellationToken))
                return (new TrackingOutcome(true, 0, []), []);
            db.WebhookReceipts.Add(new WebhookReceipt { AccountId = command.AccountId, EventId = command.EventId, ReceivedAt = now });
        }

        var numbers = command.Updates.Select(u => u.TrackingNumber).Distinct().ToList();
        var accounts = command.Accounts.ToList();
        var packages = await db.Packages.Where(p => numbers.Contains(p.TrackingNumber!) && accounts.Contains(p.AccountId!))
            .ToListAsync(cancellationToken);
        var shipmentIds = packages.Select(p => p.ShipmentId).Distinct().ToList();
        var shipments = await db.Shipments.Include(s => s.Packages).Where(s => shipmentIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        var packageIds = packages.Select(p => p.Id).ToList();
        var known = (await db.TrackingEvents.Where(e => packageIds.Contains(e.PackageId)).Select(e => new { e.PackageId, e.At, e.Status })
                .ToListAsync(cancellationToken))
            .Select(e => (e.PackageId, ToMilliseconds(e.At), e.Status)).ToHashSet();

        var messages = new OutgoingMessages();
        var applied = 0;
        foreach (var update in command.Updates)
        {
            var package = packages.FirstOrDefault(p => p.TrackingNumber == update.TrackingNumber);
            if (package is null) continue;
            // Whole milliseconds: what every database keeps, so a repeat compares equal to what was stored.
            foreach (var e in update.Events.Select(e => e with { At = ToMilliseconds(e.At) }).Where(e => known.Add((package.Id, e.At, e.Status))))
            {
                db.TrackingEvents.Add(new TrackingEventRecord
                {
                    PackageId = package.Id, At = e.At, Status = e.Status, Detail = e.Detail?.Truncate(100), Message = e.Message?.Truncate(500),
                    Place = e.Location?.Truncate(200), Source = command.Source.Truncate(64),
                });
            }

            package.Apply(update, now);
            applied++;
            var shipment = shipments[package.ShipmentId];
            var (delivered, delay) = shipment.Follow(update.Status, now);
            if (delivered)
                messages.Add(new ShipmentDelivered(shipment.Id, shipment.OrderId, shipment.Location, shipment.DeliveredAt!.Value, shipment.PromisedBy, shipment.OnTime));
            if (delay is not null)
                messages.Add(new ShipmentDelayed(shipment.Id, shipment.OrderId, delay, shipment.PromisedBy, shipment.EstimatedDelivery, now));
        }

        var unknown = numbers.Except(packages.Select(p => p.TrackingNumber!)).ToList();
        return (new TrackingOutcome(false, applied, unknown), messages);
    }

    private static DateTimeOffset ToMilliseconds(DateTimeOffset at) => new(at.Ticks - at.Ticks % TimeSpan.TicksPerMillisecond, at.Offset);
}
