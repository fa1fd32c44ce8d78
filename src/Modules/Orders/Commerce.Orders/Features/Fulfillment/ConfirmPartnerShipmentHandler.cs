using Commerce.Inventory.Contracts;
using Commerce.Kernel.Auditing;
using Commerce.Orders.Contracts;
using Commerce.Orders.Data;
using Commerce.Orders.Domain;
using Commerce.Orders.Domain.Routing;
using Commerce.Orders.Features.Delivery;
using Microsoft.EntityFrameworkCore;
using Wolverine;

namespace Commerce.Orders.Features.Fulfillment;

/// <summary>
/// A 3PL or supplier shipped the fulfillment it was asked for. <see cref="Partner"/>, when the confirmation came by a
/// partner's webhook, must be the partner the request went to. Answered with <see cref="ConfirmShipmentOutcome"/>.
/// </summary>
public sealed record ConfirmPartnerShipment(
    Guid FulfillmentId, string? Partner, string ConfirmationId, string Carrier, string TrackingNumber, string? TrackingUrl,
    DateTimeOffset ShippedAt);

public enum ConfirmShipmentOutcome
{
    Confirmed,
    /// <summary>The same confirmation again: nothing changed.</summary>
    AlreadyConfirmed,
    NotFound,
    /// <summary>Our own warehouse ships this part: Shipping records it, not a partner.</summary>
    NotAPartnerFulfillment,
    /// <summary>Not yet requested from the partner, cancelled, or already shipped under another confirmation.</summary>
    NotAwaitingShipment,
}

public static class ConfirmPartnerShipmentHandler
{
    public static async Task<(ConfirmShipmentOutcome, OutgoingMessages)> Handle(
        ConfirmPartnerShipment command, OrdersDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var orderId = await db.Fulfillments.Where(f => f.Id == command.FulfillmentId).Select(f => (Guid?)f.OrderId)
            .SingleOrDefaultAsync(cancellationToken);
        var order = orderId is { } id ? await ShipmentDispatchedHandler.OrderWithParts(db, id, cancellationToken) : null;
        var fulfillment = order?.Fulfillments.Single(f => f.Id == command.FulfillmentId);
        if (order is null || fulfillment is null || (command.Partner is not null && !string.Equals(command.Partner, fulfillment.Partner, StringComparison.OrdinalIgnoreCase)))
            return (ConfirmShipmentOutcome.NotFound, []);
        if (fulfillment.Kind == SourceKind.Warehouse) return (ConfirmShipmentOutcome.NotAPartnerFulfillment, []);
        if (fulfillment.ConfirmationId == command.ConfirmationId) return (ConfirmShipmentOutcome.AlreadyConfirmed, []);
        if (fulfillment.Status != FulfillmentStatus.Requested) return (ConfirmShipmentOutcome.NotAwaitingShipment, []);

        var actor = command.Partner is null ? Actor.Current : $"partner:{command.Partner}";
        var (change, _) = order.ConfirmPartnerShipment(fulfillment.Id, command.ConfirmationId, command.Carrier, command.TrackingNumber,
            command.TrackingUrl, command.ShippedAt, clock.GetUtcNow(), actor);
        OutgoingMessages messages = [];
        // A 3PL shipped our units: they leave our mirror of its stock as they would leave our own shelves.
        if (fulfillment.Kind == SourceKind.ThirdParty)
            messages.Add(new ShipStock(order.Id, fulfillment.Location!, fulfillment.Lines.Select(l => new ShippedUnits(l.LineNumber, l.Quantity)).ToList()));
        if (change is not null) messages.Add(new OrderStatusChanged(order.Id, change.From.ToString()!, change.To.ToString(), change.At, actor));
        messages.Add(ShipmentDispatchedHandler.PartShipped(order, fulfillment, fulfillment.Id,
            [new ShippedPackage(command.TrackingNumber, command.TrackingUrl)]));
        return (ConfirmShipmentOutcome.Confirmed, messages);
    }
}
