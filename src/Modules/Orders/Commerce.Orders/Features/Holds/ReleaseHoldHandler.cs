using Commerce.Inventory.Contracts;
using Commerce.Kernel.Auditing;
using Commerce.Orders.Contracts;
using Commerce.Orders.Data;
using Commerce.Orders.Domain;
using Commerce.Orders.Features.Fulfillment;
using Microsoft.EntityFrameworkCore;
using Wolverine;

namespace Commerce.Orders.Features.Holds;

/// <summary>A person looked at an order on hold and releases it. Answered with <see cref="ReleaseHoldOutcome"/>.</summary>
public sealed record ReleaseHold(Guid OrderId);

public enum ReleaseHoldOutcome
{
    Released,
    NotOnHold,
    NotFound,
}

public static class ReleaseHoldHandler
{
    /// <summary>
    /// Clears a review hold (the status follows from the order's parts again) and asks Inventory to look up unknown SKUs
    /// again and publish the allocation anew, which brings the Warehouse the newest reservation; the Warehouse also hears
    /// that the hold is off. Partner requests that waited for the hold go now.
    /// </summary>
    public static async Task<(ReleaseHoldOutcome, OutgoingMessages)> Handle(
        ReleaseHold command, OrdersDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var order = await db.Orders.Include(o => o.Lines).Include(o => o.Routing).Include(o => o.Fulfillments).ThenInclude(f => f.Lines)
            .AsSplitQuery().SingleOrDefaultAsync(o => o.Id == command.OrderId, cancellationToken);
        if (order is null) return (ReleaseHoldOutcome.NotFound, []);
        if (order.Status != OrderStatus.OnHold) return (ReleaseHoldOutcome.NotOnHold, []);

        var now = clock.GetUtcNow();
        var reviewed = order.ReviewReason is not null;
        var change = order.ReleaseReview(now, Actor.Current);
        OutgoingMessages messages = [new ResolveSkus(order.Id)];
        if (reviewed) messages.Add(new OrderHoldReleased(order.Id, now));
        if (change is not null) messages.Add(new OrderStatusChanged(order.Id, change.From.ToString()!, change.To.ToString(), now, change.Actor));
        if (order.Status != OrderStatus.OnHold) messages.AddRange(PartnerRequests.Due(order, now));
        return (ReleaseHoldOutcome.Released, messages);
    }
}
