using Commerce.Orders.Contracts;
using Commerce.Warehouse.Data;

namespace Commerce.Warehouse.Features.Demand;

public static class OrderPlacedHandler
{
    /// <summary>Records who the order goes to and how fast; the allocation may have arrived first.</summary>
    public static async Task Handle(OrderPlaced placed, WarehouseDbContext db, CancellationToken cancellationToken)
    {
        var order = await WarehouseOrders.FindOrAddAsync(db, placed.OrderId, cancellationToken);
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
