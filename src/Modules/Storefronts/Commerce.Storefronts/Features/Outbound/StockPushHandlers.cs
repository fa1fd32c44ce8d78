using Commerce.Integrations.Abstractions.Storefronts;
using Commerce.Inventory.Contracts;
using Commerce.Storefronts.Data;
using Commerce.Storefronts.Domain;
using Commerce.Storefronts.Stores;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wolverine;
using Wolverine.Attributes;

namespace Commerce.Storefronts.Features.Outbound;

/// <summary>
/// Push a store's pending stock levels. <see cref="BatchId"/> names one batch across its retries (null: a new batch);
/// each attempt sends the newest pending figures.
/// </summary>
public sealed record PushStockLevels(string StoreId, int Attempt = 1, Guid? BatchId = null);

public sealed record PushedLevel(string Sku, int Available, DateTimeOffset At);

/// <summary>What the store said to a stock push, with the levels that were sent.</summary>
public sealed record StockPushAttempted(
    string StoreId, Guid BatchId, int Attempt, IReadOnlyList<PushedLevel> Levels, StoreCallResult Result, StockPushResult? Pushed);

public static class AvailableToSellChangedHandler
{
    /// <summary>
    /// Batches of Inventory's figures (see the module's messaging): each store selling on the channel, with PushStock on
    /// and a connector that can, gets the newest figure per SKU as a pending level (an older figure never replaces a
    /// newer one) and one push for the whole batch.
    /// </summary>
    public static async Task<OutgoingMessages> Handle(
        AvailableToSellChanged[] batch, StorefrontsDbContext db, StoreRegistry stores, CancellationToken cancellationToken)
    {
        var messages = new OutgoingMessages();
        foreach (var channel in batch.GroupBy(b => b.Channel, StringComparer.OrdinalIgnoreCase))
        {
            var store = stores.ForChannel(channel.Key);
            if (store is null || !store.PushStock || !store.Can(StorefrontCapabilities.PushStock)) continue;
            var newest = channel.Where(c => !string.IsNullOrWhiteSpace(c.Sku) && c.Sku.Length <= 64)
                .GroupBy(c => c.Sku).Select(g => g.MaxBy(c => c.At)!).ToList();
            var skus = newest.Select(n => n.Sku).ToList();
            var pending = await db.PendingStock.Where(p => p.StoreId == store.Id && skus.Contains(p.Sku))
                .ToDictionaryAsync(p => p.Sku, cancellationToken);
            foreach (var level in newest)
            {
                var at = Instants.Normalize(level.At);
                if (!pending.TryGetValue(level.Sku, out var row))
                {
                    db.PendingStock.Add(new PendingStockLevel { StoreId = store.Id, Sku = level.Sku, Quantity = Math.Max(0, level.Quantity), At = at });
                }
                else if (at >= row.At)
                {
                    row.Quantity = Math.Max(0, level.Quantity);
                    row.At = at;
                }
            }

            messages.Add(new PushStockLevels(store.Id));
        }

        return messages;
    }
}

public static class PushStockLevelsHandler
{
    /// <summary>At most this many levels per call; the rest follow in the next push.</summary>
    public const int BatchSize = 250;

    /// <summary>
    /// Sends the store's pending levels (absolute figures, so a repeat is harmless), outside any transaction. Pushes of
    /// one store run one at a time on the sequential stock queue, so an older figure never lands after a newer one.
    /// </summary>
    [NonTransactional]
    public static async Task<StockPushAttempted?> Handle(
        PushStockLevels command, StorefrontsDbContext db, StoreRegistry stores, TimeProvider clock, CancellationToken cancellationToken)
    {
        var store = stores.Find(command.StoreId);
        if (store is null) return null;
        var levels = await db.PendingStock.AsNoTracking().Where(p => p.StoreId == store.Id)
            .OrderBy(p => p.Sku).Take(BatchSize)
            .Select(p => new PushedLevel(p.Sku, p.Quantity, p.At))
            .ToListAsync(cancellationToken);
        if (levels.Count == 0) return null; // an earlier push took them all

        var (result, pushed) = await StoreCalls.RunAsync(
            () => store.Connector.PushStockLevelsAsync(store.Account, levels.Select(l => new StockLevelPush(l.Sku, l.Available)).ToList(), cancellationToken),
            clock, cancellationToken);
        return new StockPushAttempted(store.Id, command.BatchId ?? Guid.CreateVersion7(), command.Attempt, levels, result, pushed);
    }
}

public static class StockPushAttemptedHandler
{
    /// <summary>
    /// Records the attempt. Sent levels leave the pending table unless a newer figure arrived meanwhile (then that one is
    /// pushed next); an unavailable store gets the batch again later, with the newest figures; a refused batch is dropped
    /// (recorded here) so that it cannot block the store's later levels.
    /// </summary>
    public static async Task<OutgoingMessages> Handle(
        StockPushAttempted attempted, StorefrontsDbContext db, IOptions<StorefrontOptions> options, CancellationToken cancellationToken)
    {
        var key = attempted.BatchId.ToString();
        if (await PushRetries.RecordedAsync(db, attempted.StoreId, PushOperation.Stock, key, attempted.Attempt, cancellationToken)) return [];

        var (outcome, decision, delay) = PushRetries.Decide(attempted.Result, attempted.Attempt, options.Value.RetryDelays);
        var sent = string.Join(", ", attempted.Levels.Select(l => $"{l.Sku}={l.Available}"));
        var said = attempted.Pushed is { } p
            ? $"{p.Updated} updated" + (p.UnknownSkus.Count > 0 ? $", unknown to the store: {string.Join(", ", p.UnknownSkus)}" : "")
            : null;
        db.PushAttempts.Add(PushRetries.Attempt(attempted.StoreId, PushOperation.Stock, key, attempted.Attempt, attempted.Result, outcome,
            string.Join("; ", new[] { $"{attempted.Levels.Count} level(s): {sent}", said, decision }.OfType<string>())));

        var messages = new OutgoingMessages();
        if (outcome == PushAttemptOutcome.WillRetry)
        {
            messages.Add(new PushStockLevels(attempted.StoreId, attempted.Attempt + 1, attempted.BatchId).DelayedFor(delay!.Value));
            return messages;
        }

        if (outcome == PushAttemptOutcome.Succeeded || attempted.Result.Outcome == StoreCallOutcome.Failed)
        {
            var skus = attempted.Levels.Select(l => l.Sku).ToList();
            var rows = await db.PendingStock.Where(r => r.StoreId == attempted.StoreId && skus.Contains(r.Sku)).ToListAsync(cancellationToken);
            var sentAt = attempted.Levels.ToDictionary(l => l.Sku, l => l.At);
            db.PendingStock.RemoveRange(rows.Where(r => r.At <= sentAt[r.Sku]));
            var more = await db.PendingStock.CountAsync(r => r.StoreId == attempted.StoreId, cancellationToken) > rows.Count(r => r.At <= sentAt[r.Sku]);
            if (more) messages.Add(new PushStockLevels(attempted.StoreId));
        }

        // A store still unavailable after the last retry keeps its pending levels: the next change pushes them too.
        return messages;
    }
}
