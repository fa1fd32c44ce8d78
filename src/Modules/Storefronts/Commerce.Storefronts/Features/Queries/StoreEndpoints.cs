using Commerce.Integrations.Abstractions.Storefronts;
using Commerce.Kernel.Http;
using Commerce.Storefronts.Data;
using Commerce.Storefronts.Domain;
using Commerce.Storefronts.Features.Reconciliation;
using Commerce.Storefronts.Stores;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Wolverine;

namespace Commerce.Storefronts.Features.Queries;

internal static class StoreEndpoints
{
    public static void Map(RouteGroupBuilder writes, RouteGroupBuilder reads)
    {
        reads.MapGet("/stores", List).WithSummary("The configured stores, their capabilities and last reconciliation (never their settings)");
        reads.MapGet("/stores/{id}", Get).WithSummary("One store");
        writes.MapPost("/stores/{id}/reconcile", Reconcile)
            .WithSummary("Reconcile a store now")
            .WithDescription("Pulls the orders the store changed since the saved cursor and applies them like webhooks, in the background; " +
                             "the answer names the run, and the store's lastReconciliation tells how it went.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<Ok<List<StoreView>>> List(StoreRegistry stores, StorefrontsDbContext db, CancellationToken cancellationToken)
    {
        var states = await db.SyncStates.AsNoTracking().ToDictionaryAsync(s => s.StoreId, cancellationToken);
        return TypedResults.Ok(stores.All.OrderBy(s => s.Id).Select(s => ToView(s, states.GetValueOrDefault(s.Id))).ToList());
    }

    private static async Task<Results<Ok<StoreView>, ProblemHttpResult>> Get(
        string id, StoreRegistry stores, StorefrontsDbContext db, CancellationToken cancellationToken)
    {
        var store = stores.Find(id);
        if (store is null) return Problems.NotFound("Store", id);
        var state = await db.SyncStates.AsNoTracking().SingleOrDefaultAsync(s => s.StoreId == store.Id, cancellationToken);
        return TypedResults.Ok(ToView(store, state));
    }

    private static async Task<Results<Ok<ReconciliationRequested>, ProblemHttpResult>> Reconcile(
        string id, StoreRegistry stores, IMessageBus bus, TimeProvider clock)
    {
        var store = stores.Find(id);
        if (store is null) return Problems.NotFound("Store", id);
        if (!store.Can(StorefrontCapabilities.PullOrders))
            return Problems.Unprocessable("The store cannot be reconciled.", $"The {store.Connector.Metadata.DisplayName} connector cannot pull orders.");
        var runId = Guid.CreateVersion7();
        await bus.SendAsync(new ReconcileStore(store.Id, runId, "manual", clock.GetUtcNow()));
        return TypedResults.Ok(new ReconciliationRequested(store.Id, runId));
    }

    private static StoreView ToView(StoreConnection store, StoreSyncState? state) => new(
        store.Id, store.Connector.Metadata.Key, store.Connector.Metadata.DisplayName, store.Channel,
        Enum.GetValues<StorefrontCapabilities>().Where(c => c != StorefrontCapabilities.None && store.Can(c)).Select(c => c.ToString()).ToList(),
        store.PushStock, store.PullIntervalMinutes,
        state is null ? null : new ReconciliationView(state.RunId, state.RunTrigger, state.RunStartedAt, state.RunFinishedAt, state.RunOutcome,
            state.RunPages, state.RunOrders, state.RunSummary, state.RunError, state.Cursor));
}
