using System.Data.Common;
using System.Diagnostics;
using Commerce.Kernel.Persistence;
using Commerce.Storefronts.Data;
using Commerce.Storefronts.Domain;
using Commerce.Storefronts.Stores;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Wolverine.EntityFrameworkCore;

namespace Commerce.Storefronts.Features.Webhooks;

/// <summary>Applies inbox deliveries, several to a transaction; see <see cref="DrainInboxHandler"/>.</summary>
public sealed class InboxDrain(
    IServiceScopeFactory scopes, StoreRegistry stores, IntakeGauge intake, IOptions<StorefrontOptions> options, TimeProvider clock,
    ILogger<InboxDrain> logger)
{
    /// <summary>
    /// How long one transaction may keep taking deliveries. Short, because on SQLite it holds the only write lock, and
    /// the webhook endpoint's acknowledgements wait for it.
    /// </summary>
    private static readonly TimeSpan TransactionBudget = TimeSpan.FromMilliseconds(15);

    /// <summary>Applies the deliveries of <paramref name="pending"/>, in order, skipping any no longer pending.</summary>
    public async Task ApplyAsync(IReadOnlyList<PendingDelivery> pending, CancellationToken cancellationToken)
    {
        var next = 0;
        while (next < pending.Count)
        {
            await YieldToIntakeAsync(pending[next].ReceivedAt, cancellationToken);
            var batch = pending.Skip(next).Take(BatchSize).Select(d => d.Id).ToList();
            try
            {
                next += await ApplyBatchAsync(batch, cancellationToken);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                logger.LogDebug(e, "A batch of inbox deliveries failed; applying them one at a time.");
                foreach (var id in batch) await ApplyAloneAsync(id, cancellationToken);
                next += batch.Count;
            }
        }
    }

    /// <summary>When the last batch was applied (a <see cref="Stopwatch"/> timestamp); drains run one at a time.</summary>
    private long _lastBatchAt;

    /// <summary>
    /// See <see cref="DrainPacing"/>: under a sustained stream of webhooks the drain still keeps up, at full speed once
    /// deliveries have waited <see cref="StorefrontOptions.MaxDrainDelayWhileReceiving"/>.
    /// </summary>
    private async Task YieldToIntakeAsync(DateTimeOffset oldestReceivedAt, CancellationToken cancellationToken)
    {
        var wait = DrainPacing.Wait(options.Value.DrainPauseWhileReceiving, options.Value.MaxDrainDelayWhileReceiving,
            Stopwatch.GetElapsedTime(Interlocked.Read(ref _lastBatchAt)), clock.GetUtcNow() - oldestReceivedAt, intake.Busy);
        if (wait > TimeSpan.Zero) await Task.Delay(wait, clock, cancellationToken);
        Interlocked.Exchange(ref _lastBatchAt, Stopwatch.GetTimestamp());
    }

    /// <summary>At most this many deliveries to a transaction.</summary>
    private const int BatchSize = 25;

    /// <summary>
    /// Applies deliveries of <paramref name="ids"/>, in order, in one transaction, until the time budget is spent; returns
    /// how many it took. Each outbox flushes once, so each transaction has a scope (a context and an outbox) of its own.
    /// </summary>
    private async Task<int> ApplyBatchAsync(IReadOnlyList<Guid> ids, CancellationToken cancellationToken)
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

    private async Task ApplyAloneAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            await ApplyBatchAsync([id], cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && IsTheDeliverysOwn(e))
        {
            await FailAsync(id, e, cancellationToken);
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

    private async Task FailAsync(Guid id, Exception error, CancellationToken cancellationToken)
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
