using Wolverine;
using Commerce.Orders.Contracts;
using Commerce.Warehouse.Data;
using Commerce.Warehouse.Domain.Demand;

namespace Commerce.Warehouse.Features.Demand;

public static class OrderPlacedHandler
{
    /// <summary>
    /// Records who each order goes to and how fast; its allocation may have arrived first. Orders come in batches
    /// (<see cref="WarehouseModule"/>): one transaction for many, in the order they were placed.
    /// </summary>
    public static async Task Handle(OrderPlaced[] batch, WarehouseDbContext db, IMessageContext context, CancellationToken cancellationToken)
    {
        db.CompleteMessageOnSave(context);
        var orders = await WarehouseOrders.FindOrAddAsync(db, batch.Select(p => p.OrderId), cancellationToken);
        foreach (var placed in batch) Apply(orders[placed.OrderId], placed);
    }

    private static void Apply(WarehouseOrder order, OrderPlaced placed)
    {
        order.Channel = placed.Channel;
        order.ExternalId = placed.ExternalId;
        order.CustomerName = placed.CustomerName;
        order.ServiceLevel = placed.ServiceLevel;
        order.PlacedAt = placed.PlacedAt;
        order.ShipToName = placed.ShipTo.Name;
        order.ShipToLine1 = placed.ShipTo.Line1;
        order.ShipToLine2 = placed.ShipTo.Line2;
        order.ShipToCity = placed.ShipTo.City;
        order.ShipToRegion = placed.ShipTo.Region;
        order.ShipToPostalCode = placed.ShipTo.PostalCode;
        order.ShipToCountryCode = placed.ShipTo.CountryCode;
        foreach (var line in placed.Lines)
            WarehouseOrders.UpsertLine(order, line.LineNumber, line.Sku, line.Quantity, allocated: null);
    }
}
