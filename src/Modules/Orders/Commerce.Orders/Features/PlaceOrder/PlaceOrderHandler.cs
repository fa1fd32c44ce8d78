using Commerce.Inventory.Contracts;
using Commerce.Kernel.Auditing;
using Commerce.Orders.Contracts;
using Commerce.Orders.Data;
using Commerce.Orders.Domain;
using Commerce.Orders.Features.Queries;
using Commerce.Kernel;
using Microsoft.EntityFrameworkCore;
using Wolverine;

namespace Commerce.Orders.Features.PlaceOrder;

public static class PlaceOrderHandler
{
    /// <summary>
    /// Records the order and, in the same transaction, asks Inventory to reserve its stock. A repeat of an order already
    /// placed returns that order; a concurrent repeat loses on the unique (channel, external id) key and, retried, finds it.
    /// </summary>
    public static async Task<(OrderAccepted, OutgoingMessages)> Handle(
        Contracts.PlaceOrder command, OrdersDbContext db, IMessageContext context, TimeProvider clock, CancellationToken cancellationToken)
    {
        db.CompleteMessageOnSave(context); // a store's order, from the channel queue; the API's orders pass no inbox
        var errors = PlaceOrderValidator.Validate(command);
        if (errors.Any) throw new InvalidOrderException(errors);

        var (channel, externalId) = Key(command);
        var existing = await db.Orders
            .Where(o => o.Channel == channel && o.ExternalId == externalId)
            .Select(o => (Guid?)o.Id)
            .SingleOrDefaultAsync(cancellationToken);
        if (existing is { } existingId) return (new OrderAccepted(existingId, Created: false), []);

        var (order, messages) = Place(command, await RouteFirstAsync(db, cancellationToken), clock.GetUtcNow(), Actor.Current);
        db.Orders.Add(order);
        return (new PlacedOrder(order.Id, OrderViews.ToView(order)), [.. messages]);
    }

    /// <summary>What an order is known by, as it is stored: a repeat may differ in surrounding white space.</summary>
    internal static (string Channel, string ExternalId) Key(Contracts.PlaceOrder command) =>
        (command.Channel.Trim(), command.ExternalId.Trim());

    /// <summary>With routing rules enabled, a new order is routed before any stock is reserved for it.</summary>
    internal static Task<bool> RouteFirstAsync(OrdersDbContext db, CancellationToken cancellationToken) =>
        db.RoutingRules.AnyAsync(r => r.Enabled, cancellationToken);

    /// <summary>
    /// A valid new order as placed at <paramref name="at"/> by <paramref name="actor"/>, and what it asks of other modules:
    /// with routing rules, Inventory first says what routing needs to know; without, any warehouse may serve the order.
    /// </summary>
    internal static (Order Order, object[] Messages) Place(Contracts.PlaceOrder command, bool routeFirst, DateTimeOffset at, string actor)
    {
        var (channel, externalId) = Key(command);
        var address = command.ShippingAddress;
        var order = Order.Place(
            new NewOrder(channel, externalId, command.Customer.Name.Trim(),
                command.Customer.Email.Trim(), command.Customer.Phone?.Trim(), address.Name.Trim(), address.Line1.Trim(),
                address.Line2?.Trim(), address.City.Trim(), address.Region?.Trim(), address.PostalCode.Trim(),
                address.CountryCode, Enum.Parse<ServiceLevel>(command.ServiceLevel ?? nameof(ServiceLevel.Standard), true)),
            command.Lines.Select(l => new NewOrderLine(l.Sku.Trim(), l.Quantity, l.UnitPrice, l.Currency)).ToList(),
            // Whole microseconds, what every database keeps: the order answered now is the order read back later.
            Instants.ToMicroseconds(at), actor);

        var lines = order.Lines;
        object next = routeFirst
            ? new DescribeStockForRouting(order.Id, lines.Select(l => l.Sku).Distinct().ToList())
            : new ReserveStock(order.Id, order.PlacedAt, lines.Select(l => new RequestedLine(l.LineNumber, l.Sku, l.Quantity)).ToList());
        return (order,
        [
            next,
            new OrderPlaced(order.Id, order.Channel, order.ExternalId, order.CustomerName, order.CustomerEmail, order.PlacedAt,
                order.ServiceLevel.ToString(), ShipTo(order),
                lines.Select(l => new OrderPlacedLine(l.LineNumber, l.Sku, l.Quantity, l.UnitPrice, order.Currency)).ToList()),
        ]);
    }

    internal static OrderAddress ShipTo(Order order) =>
        new(order.ShipToName, order.ShipToLine1, order.ShipToLine2, order.ShipToCity, order.ShipToRegion, order.ShipToPostalCode,
            order.ShipToCountryCode);
}

/// <summary>A new order, with its view as placed (it commits with the handler's transaction).</summary>
internal sealed record PlacedOrder(Guid OrderId, OrderView View) : OrderAccepted(OrderId, Created: true);

/// <summary>An order that fails validation, sent straight to the bus rather than through the API.</summary>
public sealed class InvalidOrderException(Kernel.Http.FieldErrors errors)
    : Exception("The order is not valid: " + string.Join("; ", errors.Describe()))
{
    public Kernel.Http.FieldErrors Errors { get; } = errors;
}
