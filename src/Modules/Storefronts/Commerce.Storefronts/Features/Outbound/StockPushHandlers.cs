using Commerce.Kernel;
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

/// <summary>What the store said to a stock push, with the levels that were sent, and what follows from it.</summary>
public sealed record StockPushAttempted(
    string StoreId, Guid BatchId, int Attempt, IReadOnlyList<PushedLevel> Levels, StoreCallResult Result, StockPushResult? Pushed,
    PushAttemptOutcome Outcome, string? Decision);

public static class AvailableToSellChangedHandler
{
    /// <summary>
    /// Batches of Inventory's figures (see the module's messaging): each store selling on the channel, with PushStock on
    /// and a connector that can, gets the newest figure per SKU as a pending level (an older figure never replaces a
    /// newer one) and one push for the whole batch.
    /// </summary>
    public static async Task<OutgoingMessages> Handle(
        AvailableToSellChanged[] batch, StorefrontsDbContext db, IMessageContext context, StoreRegistry stores, CancellationToken cancellationToken)
    {
        db.CompleteMessageOnSave(context);
        var messages = new OutgoingMessages();
        foreach (var channel in batch.GroupBy(b => b.Channel, StringComparer.OrdinalIgnoreCase))
        {
            var store = stores.ForChannel(channel.Key);
            if (store is null || !store.PushStock || !store.Can(StorefrontCapabilities.PushStock)) continue;
            var newest = channel.Where(c => !string.IsNullOrWhiteSpace(c.Sku) && c.Sku.Length <= 64)
                .GroupBy(c => c.Sku).Select(g => g.MaxBy(c => c.At)!).ToList();
            var skus = newest.Select(n => n.Sku).ToList();
            var held = await db.StockLevels.Where(l => l.StoreId == store.Id && skus.Contains(l.Sku))
                .ToDictionaryAsync(l => l.Sku, cancellationToken);
            foreach (var level in newest)
            {
                var (quantity, at) = (Math.Max(0, level.Quantity), Instants.ToMilliseconds(level.At));
                if (held.TryGetValue(level.Sku, out var row)) row.Offer(quantity, at);
                else db.StockLevels.Add(StoreStockLevel.New(store.Id, level.Sku, quantity, at));
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
    /// one store run one at a time on the sequential stock queue, so an older figure never lands after a newer one. An
    /// unavailable store gets the batch again later (with the newest figures then), as for fulfillments.
    /// </summary>
    [NonTransactional]
    public static async Task<OutgoingMessages> Handle(
        PushStockLevels command, StorefrontsDbContext db, StoreRegistry stores, IOptions<StorefrontOptions> options, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var store = stores.Find(command.StoreId);
        if (store is null) return [];
        var levels = await db.StockLevels.AsNoTracking().Where(l => l.StoreId == store.Id && l.Pending)
            .OrderBy(p => p.Sku).Take(BatchSize)
            .Select(l => new PushedLevel(l.Sku, l.Quantity, l.At))
            .ToListAsync(cancellationToken);
        if (levels.Count == 0) return []; // an earlier push took them all

        var (result, pushed) = await StoreCalls.RunAsync(
            () => store.Connector.PushStockLevelsAsync(store.Account, levels.Select(l => new StockLevelPush(l.Sku, l.Available)).ToList(), cancellationToken),
            clock, cancellationToken);
        var batchId = command.BatchId ?? Guid.CreateVersion7();
        return PushRetries.AfterCall(result, command.Attempt, options.Value.RetryDelays,
            (outcome, decision) => new StockPushAttempted(store.Id, batchId, command.Attempt, levels, result, pushed, outcome, decision),
            () => new PushStockLevels(store.Id, command.Attempt + 1, batchId));
    }
}

public static class StockPushAttemptedHandler
{
    /// <summary>
    /// Records the attempt. Sent levels are no longer pending unless a newer figure arrived meanwhile (then that one is
    /// pushed next); an unavailable store gets the batch again later, with the newest figures; a refused batch is dropped
    /// (recorded here) so that it cannot block the store's later levels.
    /// </summary>
    public static async Task<OutgoingMessages> Handle(StockPushAttempted attempted, StorefrontsDbContext db, CancellationToken cancellationToken)
    {
        var key = attempted.BatchId.ToString();
        if (await PushRetries.RecordedAsync(db, attempted.StoreId, PushOperation.Stock, key, attempted.Attempt, cancellationToken)) return [];

        var levels = string.Join(", ", attempted.Levels.Select(l => $"{l.Sku}={l.Available}"));
        var said = attempted.Pushed is { } p
            ? $"{p.Updated} updated" + (p.UnknownSkus.Count > 0 ? $", unknown to the store: {string.Join(", ", p.UnknownSkus)}" : "")
            : null;
        db.PushAttempts.Add(PushRetries.Attempt(attempted.StoreId, PushOperation.Stock, key, attempted.Attempt, attempted.Result, attempted.Outcome,
            string.Join("; ", new[] { $"{attempted.Levels.Count} level(s): {levels}", said, attempted.Decision }.OfType<string>())));

        var messages = new OutgoingMessages();
        if (attempted.Outcome == PushAttemptOutcome.Succeeded || attempted.Result.Outcome == StoreCallOutcome.Failed)
        {
            var sent = attempted.Levels.ToDictionary(l => l.Sku, l => l.At);
            var skus = sent.Keys.ToList();
            var rows = await db.StockLevels.Where(l => l.StoreId == attempted.StoreId && l.Pending && skus.Contains(l.Sku)).ToListAsync(cancellationToken);
            foreach (var row in rows) row.Sent(sent[row.Sku], attempted.Result.At);
            var settled = rows.Count(r => !r.Pending);
            if (await db.StockLevels.CountAsync(l => l.StoreId == attempted.StoreId && l.Pending, cancellationToken) > settled)
                messages.Add(new PushStockLevels(attempted.StoreId));
        }

        // A retry is on its way (see PushStockLevelsHandler); a store still unavailable after the last one keeps its
        // pending levels, which the next change pushes too.
        return messages;
    }
}
