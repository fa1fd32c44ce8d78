using Commerce.Inventory.Data;
using Commerce.Inventory.Features.Catalog;
using Commerce.Inventory.Features.Control;
using Quartz;
using Commerce.Inventory.Features.Locations;
using Commerce.Inventory.Features.Stock;
using Commerce.Kernel;
using Commerce.Kernel.Http;
using Commerce.Kernel.Persistence;
using Commerce.Kernel.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Commerce.Inventory.Contracts;
using Wolverine;
using Wolverine.EntityFrameworkCore;

namespace Commerce.Inventory;

/// <summary>Stock per SKU per location, the movement ledger, and reservations that never oversell.</summary>
public sealed class InventoryModule : IModule
{
    public string Name => InventoryDbContext.Module;

    public IReadOnlyList<Type> DbContextTypes => [typeof(InventoryDbContext)];

    public void AddServices(IServiceCollection services, ModuleContext context)
    {
        services.AddDbContextWithWolverineIntegration<InventoryDbContext>(
            options => options.UseCommerceDatabase(context.Database, Name));
        services.AddSingleton<KnownSkus>();
        services.AddOptions<InventoryControlOptions>().BindConfiguration("Commerce:Inventory:Control")
            .Validate(o => o.AbcCutoffA > 0 && o.AbcCutoffA < o.AbcCutoffB && o.AbcCutoffB <= 100,
                "Commerce:Inventory:Control: AbcCutoffA and AbcCutoffB are cumulative shares: 0 < A < B <= 100 (e.g. 80 and 95).")
            .Validate(o => o.ServiceLevel is > 0 and < 1, "Commerce:Inventory:Control:ServiceLevel must be between 0 and 1 (e.g. 0.95).")
            .Validate(o => o.HistoryDays is > 0 and <= 3650 && o.LeadTimeDays >= 0 && o.ReviewPeriodDays >= 0 && o.OrderCost >= 0 && o.HoldingCostRate > 0,
                "Commerce:Inventory:Control: HistoryDays 1–3650, LeadTimeDays, ReviewPeriodDays and OrderCost 0 or more, HoldingCostRate above 0.")
            .ValidateOnStart();
        services.AddTransient<InventoryControlJob>();
        services.AddTransient<NightlyInventoryJob>();
        services.AddTransient<AvailableToSellJob>();
        services.AddSingleton<ChannelBuffers>();
        services.AddQuartz(quartz =>
        {
            quartz.AddJob<InventoryControlJob>(job => job.WithIdentity(InventoryControlJob.Key).StoreDurably());
            // First run a few minutes after start: the host is up and any catching up of messages is done.
            quartz.AddTrigger(trigger => trigger.ForJob(InventoryControlJob.Key).WithIdentity("inventory-control-trigger")
                .StartAt(DateTimeOffset.UtcNow.AddMinutes(5)).WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromHours(1)).RepeatForever()));
            quartz.AddJob<NightlyInventoryJob>(job => job.WithIdentity(NightlyInventoryJob.Key).StoreDurably());
            quartz.AddTrigger(trigger => trigger.ForJob(NightlyInventoryJob.Key).WithIdentity("inventory-nightly-trigger")
                .WithCronSchedule(NightlyInventoryJob.Schedule, cron => cron.InTimeZone(TimeZoneInfo.Utc)));
            quartz.AddJob<AvailableToSellJob>(job => job.WithIdentity(AvailableToSellJob.Key).StoreDurably());
            quartz.AddTrigger(trigger => trigger.ForJob(AvailableToSellJob.Key).WithIdentity("inventory-available-to-sell-trigger")
                .StartAt(DateTimeOffset.UtcNow.AddMinutes(1)).WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromMinutes(1)).RepeatForever()));
        });
    }

    /// <summary>
    /// Reservations (gathered into batches, one transaction each) and releases queue up on one sequential, durable queue:
    /// on a node they never race each other for the same stock rows, so there are no lost optimistic races to retry, and
    /// backorders keep their first-come order.
    /// Receipts and adjustments, which arrive over HTTP, can still race them; the stock levels' version tokens and the
    /// retry policy settle those. A batch is what came within 50 ms (at most 200): see <see cref="BatchWindows"/>.
    /// </summary>
    public void ConfigureMessaging(WolverineOptions options)
    {
        options.LocalQueue(AllocationQueue).Sequential();
        options.BatchMessagesOf<ReserveStock>(batching =>
        {
            batching.BatchSize = 200;
            batching.TriggerTime = BatchWindows.OrderPath;
            batching.LocalExecutionQueueName = AllocationQueue;
        });
        options.PublishMessage<ReleaseStock>().ToLocalQueue(AllocationQueue);
        options.PublishMessage<ReportShortPick>().ToLocalQueue(AllocationQueue);
        options.PublishMessage<ShipStock>().ToLocalQueue(AllocationQueue);
        options.PublishMessage<ReverseShippedStock>().ToLocalQueue(AllocationQueue);
        options.PublishMessage<Commerce.Warehouse.Contracts.CountRecorded>().ToLocalQueue(AllocationQueue);
    }

    public const string AllocationQueue = "inventory-allocation";

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var writes = endpoints.MapModuleGroup(Name, "Inventory", Roles.Manager, Roles.Warehouse);
        var reads = endpoints.MapModuleGroup(Name, "Inventory", Roles.Manager, Roles.Warehouse, Roles.Agent, Roles.Integration);
        SkuEndpoints.Map(writes, reads);
        LocationEndpoints.Map(writes, reads);
        StockEndpoints.Map(writes, reads);
        AbcEndpoints.Map(writes, reads);
        ReplenishmentEndpoints.Map(reads);
        CycleCountEndpoints.Map(writes, reads);
        AvailableToSellEndpoints.Map(writes, reads);
        // A 3PL bridge reports stock with an integration key.
        var reports = endpoints.MapModuleGroup(Name, "Inventory", Roles.Manager, Roles.Warehouse, Roles.Integration);
        StockSnapshotEndpoints.Map(reports, reads);
        reads.MapAuditLog<InventoryDbContext>();
    }
}
