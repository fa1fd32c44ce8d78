using System.Data.Common;
using System.Diagnostics;
using Commerce.Kernel.Persistence;
using Commerce.Storefronts.Data;
using Commerce.Storefronts.Domain;
using Commerce.Storefronts.Stores;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Wolverine;
using Wolverine.Attributes;
using Wolverine.EntityFrameworkCore;

namespace Commerce.Storefronts.Features.Webhooks;

/// <summary>Process the inbox's pending deliveries, oldest first (sent by <see cref="InboxSignal"/>; repeats are harmless).</summary>
public sealed record DrainInbox;

/// <summary>
/// Works through the inbox on the sequential inbox queue, where reconciliation's pages are applied too, so two events
/// of one order never race. The inbox row is the durable record of a delivery: nothing else needs to survive a restart
/// for it to be processed.
/// </summary>
public static class DrainInboxHandler
{
    /// <summary>Deliveries read per drain; the drain asks for another when it found this many.</summary>
    internal const int ReadSize = 100;

    /// <summary>
    /// How long one transaction may keep taking deliveries. Short, because on SQLite it holds the only write lock, and
    /// the webhook endpoint's acknowledgements wait for it.
    /// </summary>
    private static readonly TimeSpan TransactionBudget = TimeSpan.FromMilliseconds(15);

    /// <summary>
    /// Applies the pending deliveries in order, several to a transaction: each delivery's changes are saved before the
    /// next is read (so a repeat within the batch sees the first), and the messages they cascade commit with them. When
    /// a batch fails, its deliveries are applied one at a time; one that still fails for a reason of its own is marked
    /// Failed with the reason, and the rest go on. A database that is down or busy fails the drain, which is retried.
    /// </summary>
    [NonTransactional]
    public static async Task<DrainInbox?> Handle(
        DrainInbox _, StorefrontsDbContext db, IServiceScopeFactory scopes, InboxSignal signal, StoreRegistry stores,
        TimeProvider clock, ILogger<InboxSignal> logger, CancellationToken cancellationToken)
    {
        signal.Draining();
        var pending = await db.Deliveries.AsNoTracking().Where(d => d.Status == DeliveryStatus.Pending)
            .OrderBy(d => d.ReceivedAt).ThenBy(d => d.Id).Select(d => d.Id).Take(ReadSize).ToListAsync(cancellationToken);

        var next = 0;
        while (next < pending.Count)
        {
            var batch = pending.Skip(next).Take(BatchSize).ToList();
            try
            {
                next += await ApplyBatchAsync(batch, scopes, stores, clock, cancellationToken);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                logger.LogDebug(e, "A batch of inbox deliveries failed; applying them one at a time.");
                foreach (var id in batch) await ApplyAloneAsync(id, scopes, stores, clock, logger, cancellationToken);
                next += batch.Count;
            }
        }

        return pending.Count == ReadSize && signal.TryQueue() ? new DrainInbox() : null;
    }

    /// <summary>At most this many deliveries to a transaction.</summary>
    private const int BatchSize = 25;

    /// <summary>
    /// Applies deliveries of <paramref name="ids"/>, in order, in one transaction, until the time budget is spent; returns
    /// how many it took. Each outbox flushes once, so each transaction has a scope (a context and an outbox) of its own.
    /// </summary>
    private static async Task<int> ApplyBatchAsync(
        IReadOnlyList<Guid> ids, IServiceScopeFactory scopes, StoreRegistry stores, TimeProvider clock, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<IDbContextOutbox<StorefrontsDbContext>>();
        var db = outbox.DbContext;
        var started = Stopwatch.GetTimestamp();
        var deliveries = await db.Deliveries.Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var messages = new List<object>();
        var taken = 0;
        while (taken < ids.Count && (taken == 0 || Stopwatch.GetElapsedTime(started) < TransactionBudget))
        {
            if (deliveries.GetValueOrDefault(ids[taken++]) is { Status: DeliveryStatus.Pending } delivery)
            {
                messages.AddRange(await DeliveryProcessing.ApplyAsync(delivery, db, stores, clock.GetUtcNow(), cancellationToken));
                await db.SaveChangesAsync(cancellationToken);
            }
        }

        foreach (var message in messages) await outbox.PublishAsync(message);
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        return taken;
    }

    private static async Task ApplyAloneAsync(
        Guid id, IServiceScopeFactory scopes, StoreRegistry stores, TimeProvider clock, ILogger logger, CancellationToken cancellationToken)
    {
        try
        {
            await ApplyBatchAsync([id], scopes, stores, clock, cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && IsTheDeliverysOwn(e))
        {
            await FailAsync(id, e, scopes, clock, logger, cancellationToken);
        }
    }

    /// <summary>
    /// A failure that would happen again on every attempt (a save refused for this delivery's data, a fault in our code),
    /// as opposed to a database that is down, busy or lost a race, after which the drain is retried.
    /// </summary>
    private static bool IsTheDeliverysOwn(Exception e) => e switch
    {
        OperationCanceledException or TimeoutException => false,
        DbUpdateException update => !DbErrors.IsTransient(update) && !DbErrors.IsUniqueViolation(update),
        DbException => false,
        _ when e.InnerException is DbException or TimeoutException => false,
        _ => true,
    };

    private static async Task FailAsync(
        Guid id, Exception error, IServiceScopeFactory scopes, TimeProvider clock, ILogger logger, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StorefrontsDbContext>();
        logger.LogError(error, "Inbox delivery {Delivery} could not be processed; it is marked Failed and can be retried.", id);
        var delivery = await db.Deliveries.SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (delivery is not { Status: DeliveryStatus.Pending }) return;
        delivery.Fail($"Processing failed: {error.GetType().Name}: {error.Message}", clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
    }
}
