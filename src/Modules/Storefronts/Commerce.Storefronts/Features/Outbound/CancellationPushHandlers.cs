using Commerce.Kernel;
using Commerce.Integrations.Abstractions.Storefronts;
using Commerce.Orders.Contracts;
using Commerce.Storefronts.Data;
using Commerce.Storefronts.Domain;
using Commerce.Storefronts.Stores;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wolverine;
using Wolverine.Attributes;

namespace Commerce.Storefronts.Features.Outbound;

/// <summary>Tell the store to cancel an order cancelled here; <see cref="Attempt"/> counts from 1.</summary>
public sealed record PushCancellation(string StoreId, Guid OrderId, string ExternalOrderId, string? Reason, int Attempt);

/// <summary>What the store said to a cancellation, and what follows from it (see <see cref="PushRetries"/>).</summary>
public sealed record CancellationPushAttempted(
    string StoreId, Guid OrderId, string ExternalOrderId, int Attempt, StoreCallResult Result, PushAttemptOutcome Outcome, string? Decision);

public static class ChannelOrderCancelledHandler
{
    /// <summary>
    /// An order was cancelled here: when it came from a store (placed from its webhooks or pulls, and not cancelled by
    /// the store itself), the store is told, through the outbox. A store whose connector cannot cancel orders is recorded
    /// as failed, so that someone cancels it there. Orders of other channels, and repeats, change nothing.
    /// </summary>
    public static async Task<OutgoingMessages> Handle(
        ChannelOrderCancelled cancelled, StorefrontsDbContext db, StoreRegistry stores, TimeProvider clock, CancellationToken cancellationToken)
    {
        var store = stores.ForChannel(cancelled.Channel);
        if (store is null) return [];
        if (await db.CancellationPushes.AnyAsync(c => c.OrderId == cancelled.OrderId, cancellationToken)) return [];
        var record = await db.StoreOrders.AsNoTracking()
            .SingleOrDefaultAsync(o => o.StoreId == store.Id && o.ExternalId == cancelled.ExternalId, cancellationToken);
        // Not from the store, or the store cancelled (or deleted) it itself: nothing to tell it.
        if (record is not { Placed: true, Cancelled: false }) return [];

        var (reason, now) = (cancelled.Reason?.Truncate(500), clock.GetUtcNow());
        var push = new CancellationPushRecord
        {
            StoreId = store.Id, OrderId = cancelled.OrderId, ExternalOrderId = cancelled.ExternalId, Reason = reason, CreatedAt = now,
        };
        db.CancellationPushes.Add(push);
        if (!store.Can(StorefrontCapabilities.CancelOrder))
        {
            push.NotPossible($"The {store.Connector.Metadata.DisplayName} connector cannot cancel orders: cancel order {cancelled.ExternalId} in the store.", now);
            return [];
        }

        return [new PushCancellation(store.Id, cancelled.OrderId, cancelled.ExternalId, reason, 1)];
    }
}

public static class PushCancellationHandler
{
    /// <summary>
    /// Calls the store outside any transaction, with the same retry rule as fulfillments: an unavailable store is asked
    /// again after the next of Commerce:Storefronts:PushRetryDelays, a refusal is not. The connectors leave an order the
    /// store cancelled already as it is, so a retry after a lost answer is harmless.
    /// </summary>
    [NonTransactional]
    public static async Task<OutgoingMessages> Handle(
        PushCancellation command, StoreRegistry stores, IOptions<StorefrontOptions> options, TimeProvider clock, CancellationToken cancellationToken)
    {
        var result = await StoreCalls.RunAsync(stores, command.StoreId,
            store => store.Connector.CancelOrderAsync(store.Account, command.ExternalOrderId, command.Reason, cancellationToken), clock, cancellationToken);
        return PushRetries.AfterCall(result, command.Attempt, options.Value.RetryDelays,
            (outcome, decision) => new CancellationPushAttempted(command.StoreId, command.OrderId, command.ExternalOrderId, command.Attempt, result,
                outcome, decision),
            () => command with { Attempt = command.Attempt + 1 });
    }
}

public static class CancellationPushAttemptedHandler
{
    /// <summary>Records the attempt and where the cancellation stands; a redelivered outcome records nothing twice.</summary>
    public static Task Handle(CancellationPushAttempted attempted, StorefrontsDbContext db, CancellationToken cancellationToken) =>
        PushRetries.RecordAsync(db, attempted.StoreId, PushOperation.Cancellation, attempted.OrderId.ToString(), attempted.Attempt,
            attempted.Result, attempted.Outcome, $"cancel order {attempted.ExternalOrderId}", attempted.Decision,
            db.CancellationPushes.Where(c => c.OrderId == attempted.OrderId), cancellationToken);
}
