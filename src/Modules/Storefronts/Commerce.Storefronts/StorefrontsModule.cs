using Commerce.Inventory.Contracts;
using Commerce.Kernel;
using Commerce.Kernel.Http;
using Commerce.Kernel.Persistence;
using Commerce.Kernel.Security;
using Commerce.Storefronts.Data;
using Commerce.Storefronts.Features.Outbound;
using Commerce.Storefronts.Features.Queries;
using Commerce.Storefronts.Features.Reconciliation;
using Commerce.Storefronts.Features.Webhooks;
using Commerce.Storefronts.Jobs;
using Commerce.Storefronts.Stores;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartz;
using Wolverine;
using Wolverine.EntityFrameworkCore;

namespace Commerce.Storefronts;

/// <summary>
/// The platform side of storefront connectors: a webhook inbox (verified, deduplicated, processed in order), orders placed
/// and cancelled (or held when the store changes their lines) through the Orders module, reconciliation by pulling, and
/// fulfillments, stock levels and our own cancellations pushed back.
/// </summary>
public sealed class StorefrontsModule : IModule
{
    /// <summary>The webhook inbox's drains and pulled pages, applied one at a time so that two events of one order never race.</summary>
    public const string InboxQueue = "storefronts-inbox";

    /// <summary>Reconciliation pulls (store calls, no transaction), one at a time.</summary>
    public const string ReconcileQueue = "storefronts-reconcile";

    /// <summary>Stock levels: batched in, pushed out one store call at a time, so an older figure never lands after a newer one.</summary>
    public const string StockQueue = "storefronts-stock";

    /// <summary>Fulfillment and cancellation pushes (store calls, no transaction) and their outcomes.</summary>
    public const string PushQueue = "storefronts-push";

    public string Name => StorefrontsDbContext.Module;

    public IReadOnlyList<Type> DbContextTypes => [typeof(StorefrontsDbContext)];

    public void AddServices(IServiceCollection services, ModuleContext context)
    {
        services.AddDbContextWithWolverineIntegration<StorefrontsDbContext>(
            options => options.UseCommerceDatabase(context.Database, Name));
        services.AddSingleton<StoreRegistry>();
        services.AddSingleton<InboxSignal>();
        services.AddSingleton<IntakeGauge>();
        services.AddSingleton<InboxDrain>();
        services.AddHostedService<InboxWatch>();
        services.AddSingleton<IValidateOptions<StorefrontOptions>, StorefrontConfigurationCheck>();
        services.AddOptions<StorefrontOptions>().BindConfiguration(StorefrontOptions.Section).ValidateOnStart();

        var stores = StoreRegistry.Read(context.Configuration);
        services.AddTransient<ReconcileStoreJob>();
        services.AddQuartz(quartz =>
        {
            foreach (var store in stores)
            {
                var interval = TimeSpan.FromMinutes(Math.Max(1, store.PullIntervalMinutes));
                quartz.AddJob<ReconcileStoreJob>(job => job.WithIdentity(ReconcileStoreJob.KeyFor(store.Id))
                    .UsingJobData(ReconcileStoreJob.StoreKey, store.Id).StoreDurably());
                // The first run one interval after start: webhooks carry the live traffic, reconciliation catches what they missed.
                quartz.AddTrigger(trigger => trigger.ForJob(ReconcileStoreJob.KeyFor(store.Id)).WithIdentity(ReconcileStoreJob.TriggerFor(store.Id))
                    .StartAt(DateTimeOffset.UtcNow.Add(interval)).WithSimpleSchedule(s => s.WithInterval(interval).RepeatForever()));
            }
        });
    }

    public void ConfigureMessaging(WolverineOptions options)
    {
        options.LocalQueue(InboxQueue).Sequential();
        options.PublishMessage<DrainInbox>().ToLocalQueue(InboxQueue);
        options.PublishMessage<ApplyPulledOrders>().ToLocalQueue(InboxQueue);
        options.PublishMessage<ReconciliationFailed>().ToLocalQueue(InboxQueue);

        options.LocalQueue(ReconcileQueue).Sequential();
        options.PublishMessage<ReconcileStore>().ToLocalQueue(ReconcileQueue);

        options.LocalQueue(StockQueue).Sequential();
        options.BatchMessagesOf<AvailableToSellChanged>(batching =>
        {
            batching.BatchSize = 500;
            batching.TriggerTime = TimeSpan.FromSeconds(1);
            batching.LocalExecutionQueueName = StockQueue;
        });
        options.PublishMessage<PushStockLevels>().ToLocalQueue(StockQueue);
        options.PublishMessage<StockPushAttempted>().ToLocalQueue(StockQueue);

        options.LocalQueue(PushQueue).MaximumParallelMessages(4);
        options.PublishMessage<PushFulfillment>().ToLocalQueue(PushQueue);
        options.PublishMessage<FulfillmentPushAttempted>().ToLocalQueue(PushQueue);
        options.PublishMessage<PushCancellation>().ToLocalQueue(PushQueue);
        options.PublishMessage<CancellationPushAttempted>().ToLocalQueue(PushQueue);
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        // Managers and integrations (a scheduler, a support tool) read and act alike here.
        var group = endpoints.MapModuleGroup(Name, "Storefronts", Roles.Manager, Roles.Integration);
        StoreEndpoints.Map(group, group);
        DeliveryEndpoints.Map(group, group);
        RecordEndpoints.Map(group);
        group.MapAuditLog<StorefrontsDbContext>();
        WebhookEndpoint.Map(endpoints, endpoints.ServiceProvider.GetRequiredService<IOptions<StorefrontOptions>>().Value.MaxWebhookBytes);
    }
}
