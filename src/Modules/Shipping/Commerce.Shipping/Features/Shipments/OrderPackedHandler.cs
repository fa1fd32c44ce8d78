using Commerce.Shipping.Data;
using Commerce.Shipping.Domain;
using Commerce.Warehouse.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Commerce.Shipping.Features.Shipments;

public static class OrderPackedHandler
{
    /// <summary>A packed order becomes a shipment waiting for labels, measured against the promise of its service level.</summary>
    public static async Task Handle(
        OrderPacked packed, ShippingDbContext db, IOptions<ShippingOptions> options, CancellationToken cancellationToken)
    {
        if (await db.Shipments.AnyAsync(s => s.OrderId == packed.OrderId && s.Location == packed.Location, cancellationToken)) return;
        var shipment = new Shipment
        {
            OrderId = packed.OrderId, Location = packed.Location, Channel = packed.Channel, ExternalId = packed.ExternalId,
            ServiceLevel = packed.ServiceLevel, PlacedAt = packed.PlacedAt, PackedAt = packed.PackedAt,
            PromisedBy = Promise.For(packed.PlacedAt, packed.ServiceLevel, options.Value.PromiseWorkingDays),
            ShipToName = packed.ShipTo.Name, ShipToLine1 = packed.ShipTo.Line1, ShipToLine2 = packed.ShipTo.Line2,
            ShipToCity = packed.ShipTo.City, ShipToRegion = packed.ShipTo.Region, ShipToPostalCode = packed.ShipTo.PostalCode,
            ShipToCountryCode = packed.ShipTo.CountryCode,
        };
        shipment.Packages.AddRange(packed.Packages.Select(p => new ShipmentPackage
        {
            Id = p.PackageId, ShipmentId = shipment.Id, BoxCode = p.BoxCode, LengthIn = p.LengthIn, WidthIn = p.WidthIn,
            HeightIn = p.HeightIn, WeightLb = p.WeightLb,
        }));
        db.Shipments.Add(shipment);
    }
}
