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

/// <summary>Tell the store to refund its customer; <see cref="Attempt"/> counts from 1.</summary>
public sealed record PushRefund(string StoreId, Guid RefundId, RefundPush Refund, int Attempt);

/// <summary>What the store said to a refund, and what follows from it (see <see cref="PushRetries"/>).</summary>
public sealed record RefundPushAttempted(
    string StoreId, Guid RefundId, string ExternalOrderId, int Attempt, StoreCallResult Result, PushAttemptOutcome Outcome, string? Decision);

public static class ChannelOrderRefundedHandler
{
    /// <summary>
    /// A refund was decided here on an order placed from a store: the store holds the customer's payment, so it is told
    /// to refund, through the outbox, with the store's own line ids and no restocking (stock is ours to count). A store
    /// whose connector cannot refund is recorded as failed, so that someone refunds it there. Orders of other channels,
    /// and repeats, change nothing.
    /// </summary>
    public static async Task<OutgoingMessages> Handle(
        ChannelOrderRefunded refunded, StorefrontsDbContext db, StoreRegistry stores, TimeProvider clock, CancellationToken cancellationToken)
    {
        var store = stores.ForChannel(refunded.Channel);
        if (store is null) return [];
        if (await db.RefundPushes.AnyAsync(r => r.RefundId == refunded.RefundId, cancellationToken)) return [];
        var record = await db.StoreOrders.AsNoTracking().Include(o => o.Lines)
            .SingleOrDefaultAsync(o => o.StoreId == store.Id && o.ExternalId == refunded.ExternalId, cancellationToken);
        if (record is not { Placed: true }) return [];

        var (reason, now) = (refunded.Reason?.Truncate(500), clock.GetUtcNow());
        var push = new RefundPushRecord
        {
            StoreId = store.Id, RefundId = refunded.RefundId, OrderId = refunded.OrderId, ExternalOrderId = refunded.ExternalId,
            Amount = refunded.Amount, Currency = refunded.Currency, Reason = reason, CreatedAt = now,
        };
        db.RefundPushes.Add(push);
        if (!store.Can(StorefrontCapabilities.PushRefund))
        {
            push.NotPossible(
                $"The {store.Connector.Metadata.DisplayName} connector cannot refund: refund {new Money(refunded.Amount, refunded.Currency)} on order {refunded.ExternalId} in the store.",
                now);
            return [];
        }

        var lines = refunded.Lines
            .Select(l => new RefundPushLine(record.LineFor(l.LineNumber, l.Sku)?.ExternalLineId, l.Sku, l.Quantity, Restock: false))
            .ToList();
        return
        [
            new PushRefund(store.Id, refunded.RefundId,
                new RefundPush(refunded.RefundId.ToString(), refunded.ExternalId, refunded.Amount, refunded.Currency, reason, lines), 1),
        ];
    }
}

public static class PushRefundHandler
{
    /// <summary>
    /// Calls the store outside any transaction, with the retry rule of every push. The connectors look for our refund id
    /// in the store's refunds before making one, so a retry after a lost answer does not refund twice.
    /// </summary>
    [NonTransactional]
    public static async Task<OutgoingMessages> Handle(
        PushRefund command, StoreRegistry stores, IOptions<StorefrontOptions> options, TimeProvider clock, CancellationToken cancellationToken)
    {
        var result = await StoreCalls.RunAsync(stores, command.StoreId,
            store => store.Connector.PushRefundAsync(store.Account, command.Refund, cancellationToken), clock, cancellationToken);
        return PushRetries.AfterCall(result, command.Attempt, options.Value.RetryDelays,
            (outcome, decision) => new RefundPushAttempted(command.StoreId, command.RefundId, command.Refund.ExternalOrderId, command.Attempt, result,
                outcome, decision),
            () => command with { Attempt = command.Attempt + 1 });
    }
}

public static class RefundPushAttemptedHandler
{
    /// <summary>Records the attempt and where the refund stands; a redelivered outcome records nothing twice.</summary>
    public static Task Handle(RefundPushAttempted attempted, StorefrontsDbContext db, CancellationToken cancellationToken) =>
        PushRetries.RecordAsync(db, attempted.StoreId, PushOperation.Refund, attempted.RefundId.ToString(), attempted.Attempt, attempted.Result,
            attempted.Outcome, $"refund on order {attempted.ExternalOrderId}", attempted.Decision,
            db.RefundPushes.Where(r => r.RefundId == attempted.RefundId), cancellationToken);
}
