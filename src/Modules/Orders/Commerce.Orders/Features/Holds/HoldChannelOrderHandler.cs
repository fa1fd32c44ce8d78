using Commerce.Orders.Contracts;
using Commerce.Orders.Data;
using Commerce.Orders.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Wolverine;

namespace Commerce.Orders.Features.Holds;

public static class HoldChannelOrderHandler
{
    /// <summary>The longest hold reason kept (the column's size).</summary>
    public const int MaxReason = 500;

    /// <summary>
    /// A channel asks for its order to be reviewed before it is fulfilled: it goes on hold with the reason, and the
    /// Warehouse hears of it (nothing more is released to picking or packed). Partner requests wait too. A repeat, an
    /// order cancelled or already with carriers, or one the channel never placed here, changes nothing.
    /// </summary>
    public static async Task<OutgoingMessages> Handle(
        HoldChannelOrder command, OrdersDbContext db, TimeProvider clock, ILogger<HoldChannelOrder> logger, CancellationToken cancellationToken)
    {
        var order = await db.Orders.Include(o => o.Lines).Include(o => o.History).Include(o => o.Fulfillments).ThenInclude(f => f.Lines)
            .AsSplitQuery().SingleOrDefaultAsync(o => o.Channel == command.Channel && o.ExternalId == command.ExternalId, cancellationToken);
        if (order is null)
        {
            logger.LogWarning("{Channel} asked to hold order {ExternalId}, which was never placed here.", command.Channel, command.ExternalId);
            return [];
        }

        var reason = string.IsNullOrWhiteSpace(command.Reason) ? $"{command.Channel} asked for the order to be reviewed." : command.Reason.Trim();
        if (reason.Length > MaxReason) reason = reason[..(MaxReason - 1)] + "…";
        var now = clock.GetUtcNow();
        var (outcome, change) = order.HoldForReview(reason, now, $"channel:{command.Channel}");
        if (outcome != HoldOutcome.Held)
        {
            logger.LogInformation("Order {OrderId} ({Channel} {ExternalId}) not held ({Outcome}): {Reason}", order.Id, command.Channel,
                command.ExternalId, outcome, reason);
            return [];
        }

        OutgoingMessages messages = [new OrderHeld(order.Id, reason, now)];
        if (change is { From: { } from } && from != change.To)
            messages.Add(new OrderStatusChanged(order.Id, from.ToString(), change.To.ToString(), now, change.Actor));
        return messages;
    }
}
