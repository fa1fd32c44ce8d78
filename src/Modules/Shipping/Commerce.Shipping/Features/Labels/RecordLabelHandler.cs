using Commerce.Integrations.Abstractions.Carriers;
using Commerce.Shipping.Contracts;
using Commerce.Shipping.Data;
using Commerce.Shipping.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Wolverine;

namespace Commerce.Shipping.Features.Labels;

/// <summary>A label the carrier sold for a package.</summary>
public sealed record RecordLabel(Guid ShipmentId, Guid PackageId, string AccountId, string Carrier, string Service, PurchasedLabel Label);

/// <summary>A purchase the carrier refused: the package may be bought again.</summary>
public sealed record ReleaseLabelClaim(Guid ShipmentId, Guid PackageId);

/// <summary>The carrier voided the package's label.</summary>
public sealed record ClearLabel(Guid ShipmentId, Guid PackageId);

/// <summary>Every label of the shipment is voided.</summary>
public sealed record ReopenShipment(Guid ShipmentId);

public static class RecordLabelHandler
{
    /// <summary>
    /// Keeps the label file and its cost; when the last package has its label, the shipment is dispatched. A second label
    /// for a package already labelled is logged loudly and not recorded: the first one stands.
    /// </summary>
    public static async Task<OutgoingMessages> Handle(
        RecordLabel command, ShippingDbContext db, TimeProvider clock, ILogger<RecordLabel> logger, CancellationToken cancellationToken)
    {
        var shipment = await db.Shipments.Include(s => s.Packages).SingleAsync(s => s.Id == command.ShipmentId, cancellationToken);
        var package = shipment.Packages.Single(p => p.Id == command.PackageId);
        if (package.HasLabel)
        {
            logger.LogError("Package {Package} already has label {Existing}; a second label {Duplicate} from {Account} was bought and must be voided",
                package.Id, package.TrackingNumber, command.Label.TrackingNumber, command.AccountId);
            return [];
        }

        var now = clock.GetUtcNow();
        package.Label(command.AccountId, command.Carrier, command.Label, now);
        shipment.UseService(command.AccountId, command.Carrier, command.Service);
        if (command.Label.Content.Length > 0
            && !await db.Labels.AnyAsync(l => l.PackageId == package.Id && l.Format == command.Label.Format, cancellationToken))
        {
            db.Labels.Add(new LabelFile
            {
                PackageId = package.Id, Format = command.Label.Format, ContentType = command.Label.ContentType,
                Content = command.Label.Content, CreatedAt = now,
            });
        }

        if (!shipment.MarkDispatchedIfLabelled(now)) return [];
        return
        [
            new ShipmentDispatched(shipment.Id, shipment.OrderId, shipment.Location, shipment.Carrier!, shipment.Service!, now,
                shipment.PromisedBy,
                shipment.Packages.OrderBy(p => p.Id).Select(p => new DispatchedPackage(p.TrackingNumber!, p.TrackingUrl)).ToList()),
        ];
    }

    public static async Task Handle(ReleaseLabelClaim command, ShippingDbContext db, CancellationToken cancellationToken)
    {
        var shipment = await db.Shipments.Include(s => s.Packages).SingleAsync(s => s.Id == command.ShipmentId, cancellationToken);
        shipment.Packages.Single(p => p.Id == command.PackageId).ReleasePurchase();
        shipment.Touch();
    }

    public static async Task Handle(ClearLabel command, ShippingDbContext db, CancellationToken cancellationToken)
    {
        var shipment = await db.Shipments.Include(s => s.Packages).SingleAsync(s => s.Id == command.ShipmentId, cancellationToken);
        shipment.Packages.Single(p => p.Id == command.PackageId).ClearLabel();
        await db.Labels.Where(l => l.PackageId == command.PackageId).ExecuteDeleteAsync(cancellationToken);
        shipment.Touch();
    }

    /// <summary>The shipment waits for new labels; if it had been dispatched, Orders and Inventory take it back.</summary>
    public static async Task<OutgoingMessages> Handle(ReopenShipment command, ShippingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var shipment = await db.Shipments.Include(s => s.Packages).SingleAsync(s => s.Id == command.ShipmentId, cancellationToken);
        var wasDispatched = shipment.Reopen();
        return wasDispatched ? [new ShipmentVoided(shipment.Id, shipment.OrderId, shipment.Location, clock.GetUtcNow())] : [];
    }
}
