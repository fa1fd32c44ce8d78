using Commerce.Integrations.Abstractions.Storefronts;
using Commerce.Storefronts.Data;
using Commerce.Storefronts.Domain;
using Commerce.Storefronts.Features.Outbound;
using Commerce.Storefronts.Features.StoreOrders;
using Commerce.Storefronts.Stores;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Wolverine;
using Wolverine.Attributes;

namespace Commerce.Storefronts.Features.Reconciliation;

/// <summary>Pull page <see cref="Page"/> of a reconciliation run: orders the store changed since the saved cursor.</summary>
public sealed record ReconcileStore(string StoreId, Guid RunId, string Trigger, DateTimeOffset StartedAt, int Page = 1);

/// <summary>A pulled page, to apply on the inbox queue: the orders, then the cursor that follows them.</summary>
public sealed record ApplyPulledOrders(
    string StoreId, Guid RunId, string Trigger, DateTimeOffset StartedAt, int Page, string? CursorBefore,
    IReadOnlyList<StoreOrder> Orders, string? NextCursor, bool HasMore);

/// <summary>The pull failed: the run ends, the cursor stays where it was.</summary>
public sealed record ReconciliationFailed(
    string StoreId, Guid RunId, string Trigger, DateTimeOffset StartedAt, string Outcome, string Error);

public static class ReconcileStoreHandler
{
    /// <summary>
    /// Asks the store for the orders changed since the saved cursor, outside any transaction (a store can be slow); the
    /// page is applied by <see cref="ApplyPulledOrdersHandler"/> on the same queue as webhooks, so the two never race.
    /// </summary>
    [NonTransactional]
    public static async Task<object?> Handle(
        ReconcileStore command, StorefrontsDbContext db, StoreRegistry stores, TimeProvider clock, ILogger<StoreRegistry> logger,
        CancellationToken cancellationToken)
    {
        var store = stores.Find(command.StoreId);
        if (store is null || !store.Can(StorefrontCapabilities.PullOrders))
        {
            logger.LogWarning("Reconciliation of store {Store} skipped: it is not configured or its connector cannot pull orders.", command.StoreId);
            return null;
        }

        var cursor = await db.SyncStates.AsNoTracking().Where(s => s.StoreId == store.Id).Select(s => s.Cursor)
            .FirstOrDefaultAsync(cancellationToken);
        var (result, page) = await StoreCalls.RunAsync(
            () => store.Connector.PullOrdersAsync(store.Account, cursor, cancellationToken), clock, cancellationToken);
        if (!result.Succeeded || page is null)
        {
            logger.LogWarning("Reconciliation of store {Store} failed on page {Page}: {Error}", store.Id, command.Page, result.Error);
            return new ReconciliationFailed(store.Id, command.RunId, command.Trigger, command.StartedAt,
                result.Outcome == StoreCallOutcome.Unavailable ? ReconciliationOutcome.Unavailable : ReconciliationOutcome.Failed,
                result.Error ?? "The connector returned no page.");
        }

        return new ApplyPulledOrders(store.Id, command.RunId, command.Trigger, command.StartedAt, command.Page, cursor,
            page.Orders ?? [], page.NextCursor, page.HasMore);
    }
}

public static class ApplyPulledOrdersHandler
{
    /// <summary>
    /// Feeds each pulled order through the same idempotent path as webhooks, then saves the cursor, in one transaction.
    /// Follows HasMore up to Commerce:Storefronts:MaxPagesPerRun pages. An order that cannot be placed is named in the
    /// run's summary and does not hold the cursor back.
    /// </summary>
    public static async Task<OutgoingMessages> Handle(
        ApplyPulledOrders command, StorefrontsDbContext db, StoreRegistry stores, IOptions<StorefrontOptions> options, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var store = stores.Find(command.StoreId);
        if (store is null) return [];
        var now = clock.GetUtcNow();
        var state = await StateAsync(db, store.Id, cancellationToken);
        state.Begin(command.RunId, command.Trigger, command.StartedAt);

        var messages = new OutgoingMessages();
        var results = new List<SyncResult>();
        // A page can hold one order twice: its newest state is the one that counts (and one record is created, not two).
        foreach (var order in command.Orders.OfType<StoreOrder>().GroupBy(o => o.ExternalId?.Trim()).Select(g => g.MaxBy(o => o.UpdatedAt)!))
        {
            var result = await StoreOrderSync.ApplyAsync(db, store, order, $"reconciliation {command.RunId}", now, cancellationToken);
            results.Add(result);
            messages.AddRange(result.Messages);
        }

        var moved = state.Cursor == command.CursorBefore;
        state.PageApplied(moved ? command.NextCursor : null, results.Count, Summarize(command.Page, results));
        if (!moved)
        {
            state.Finish(ReconciliationOutcome.Superseded, "Another run moved the cursor meanwhile; this one's orders were applied, its cursor was not kept.", now);
        }
        else if (command.HasMore && command.Page < options.Value.MaxPagesPerRun)
        {
            messages.Add(new ReconcileStore(store.Id, command.RunId, command.Trigger, command.StartedAt, command.Page + 1));
        }
        else
        {
            state.Finish(command.HasMore ? ReconciliationOutcome.Partial : ReconciliationOutcome.Succeeded,
                command.HasMore ? $"Stopped after {command.Page} pages; the next run carries on from the saved cursor." : null, now);
        }

        return messages;
    }

    internal static async Task<StoreSyncState> StateAsync(StorefrontsDbContext db, string storeId, CancellationToken cancellationToken)
    {
        var state = await db.SyncStates.SingleOrDefaultAsync(s => s.StoreId == storeId, cancellationToken);
        if (state is null) db.SyncStates.Add(state = new StoreSyncState { StoreId = storeId });
        return state;
    }

    private static string Summarize(int page, IReadOnlyList<SyncResult> results)
    {
        var placed = results.Count(r => r.Status == DeliveryStatus.Processed && r.Outcome.StartsWith("Placed", StringComparison.Ordinal));
        var changed = results.Count(r => r.Status == DeliveryStatus.Processed) - placed;
        var unchanged = results.Count(r => r.Status == DeliveryStatus.Ignored);
        var failed = results.Where(r => r.Status == DeliveryStatus.Failed).Select(r => r.Outcome).ToList();
        var summary = $"page {page}: {results.Count} order(s), {placed} placed, {changed} changed, {unchanged} unchanged, {failed.Count} failed";
        return failed.Count == 0 ? summary : $"{summary} ({string.Join(" ", failed.Take(5))}{(failed.Count > 5 ? " …" : "")})";
    }
}

public static class ReconciliationFailedHandler
{
    public static async Task Handle(ReconciliationFailed failed, StorefrontsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var state = await ApplyPulledOrdersHandler.StateAsync(db, failed.StoreId, cancellationToken);
        state.Begin(failed.RunId, failed.Trigger, failed.StartedAt);
        state.Finish(failed.Outcome, failed.Error, clock.GetUtcNow());
    }
}
