using Commerce.Storefronts.Features.Reconciliation;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Wolverine;

namespace Commerce.Storefronts.Jobs;

/// <summary>Every store's PullIntervalMinutes: starts a reconciliation run of that store (one job per store).</summary>
[DisallowConcurrentExecution]
internal sealed class ReconcileStoreJob(IServiceScopeFactory scopes, TimeProvider clock) : IJob
{
    public const string StoreKey = "store";
    public const string Group = "storefronts";

    public static JobKey KeyFor(string storeId) => new($"storefronts-reconcile-{storeId}", Group);

    public static TriggerKey TriggerFor(string storeId) => new($"storefronts-reconcile-{storeId}-trigger", Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var storeId = context.MergedJobDataMap.GetString(StoreKey);
        if (string.IsNullOrEmpty(storeId)) return;
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMessageBus>()
            .SendAsync(new ReconcileStore(storeId, Guid.CreateVersion7(), "schedule", clock.GetUtcNow()));
    }
}
