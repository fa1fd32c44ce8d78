using Commerce.Shipping.Data;
using Commerce.Warehouse.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Commerce.Shipping.Features.Shipments;

public static class PackedOrderCancelledHandler
{
    /// <summary>The order was cancelled after packing: its shipment takes no labels.</summary>
    public static async Task Handle(
        PackedOrderCancelled cancelled, ShippingDbContext db, ILogger<PackedOrderCancelled> logger, CancellationToken cancellationToken)
    {
        var shipment = await db.Shipments.Include(s => s.Packages)
            .SingleOrDefaultAsync(s => s.OrderId == cancelled.OrderId && s.Location == cancelled.Location, cancellationToken);
        if (shipment is null || shipment.Cancel()) return;
        logger.LogWarning("Order {Order} was cancelled but its shipment {Shipment} already has labels ({Status}): void them",
            cancelled.OrderId, shipment.Id, shipment.Status);
    }
}
