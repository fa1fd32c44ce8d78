using Commerce.Integrations.Abstractions.Carriers;
using Commerce.Shipping.Contracts;
using Commerce.Shipping.Data;
using Commerce.Shipping.Domain;
using Microsoft.EntityFrameworkCore;
using Wolverine;

namespace Commerce.Shipping.Features.Labels;

/// <summary>A label the carrier sold for a package.</summary>
public sealed record RecordLabel(Guid ShipmentId, Guid PackageId, string AccountId, string Carrier, string Service, PurchasedLabel Label);

/// <summary>A purchase failed: the packages may be bought again.</summary>
public sealed record ReleaseLabelClaims(Guid ShipmentId);

public static class RecordLabelHandler
{
    /// <summary>Keeps the label file and its cost; when the last package has its label, the shipment is dispatched.</summary>
    public static async Task<OutgoingMessages> Handle(RecordLabel command, ShippingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var shipment = await db.Shipments.Include(s => s.Packages).SingleAsync(s => s.Id == command.ShipmentId, cancellationToken);
        var package = shipment.Packages.Single(p => p.Id == command.PackageId);
        var now = clock.GetUtcNow();
        package.Label(command.AccountId, command.Carrier, command.Label, now);
        db.Labels.Add(new LabelFile
        {
            PackageId = package.Id, Format = command.Label.Format, ContentType = command.Label.ContentType, Content = command.Label.Content,
            CreatedAt = now,
        });
        shipment.Touch();
        if (!shipment.MarkDispatchedIfLabelled(command.AccountId, command.Carrier, command.Service, now)) return [];
        return
        [
            new ShipmentDispatched(shipment.Id, shipment.OrderId, shipment.Location, command.Carrier, command.Service, now, shipment.PromisedBy,
                shipment.Packages.Where(p => p.HasLabel).OrderBy(p => p.Id).Select(p => new DispatchedPackage(p.TrackingNumber!, p.TrackingUrl)).ToList()),
        ];
    }

    public static async Task Handle(ReleaseLabelClaims command, ShippingDbContext db, CancellationToken cancellationToken)
    {
        var shipment = await db.Shipments.Include(s => s.Packages).SingleAsync(s => s.Id == command.ShipmentId, cancellationToken);
        foreach (var package in shipment.Packages) package.ReleasePurchase();
        shipment.Touch();
    }
}
