using Commerce.Kernel;
using Commerce.Kernel.Http;
using Commerce.Kernel.Persistence;
using Commerce.Kernel.Security;
using Commerce.Orders.Data;
using Commerce.Orders.Features.CancelOrder;
using Commerce.Orders.Features.Fulfillment;
using Commerce.Orders.Features.Holds;
using Commerce.Orders.Features.Refunds;
using Commerce.Orders.Features.Routing;
using Commerce.Orders.Jobs;
using Quartz;
using Commerce.Orders.Features.PlaceOrder;
using Commerce.Orders.Features.Queries;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Commerce.Inventory.Contracts;
using Wolverine;
using Wolverine.EntityFrameworkCore;

namespace Commerce.Orders;

/// <summary>Orders from every channel: placed idempotently, allocated by Inventory, cancelled with their stock released.</summary>
public sealed class OrdersModule : IModule
{
    public string Name => OrdersDbContext.Module;

    public IReadOnlyList<Type> DbContextTypes => [typeof(OrdersDbContext)];

    public void AddServices(IServiceCollection services, ModuleContext context)
    {
        services.AddDbContextWithWolverineIntegration<OrdersDbContext>(
            options => options.UseCommerceDatabase(context.Database, Name));
        services.AddSingleton<FulfillmentPartners>();
        services.AddSingleton<OrderIntake>();
        services.AddTransient<RerouteBackordersJob>();
        services.AddQuartz(quartz =>
        {
            quartz.AddJob<RerouteBackordersJob>(job => job.WithIdentity(RerouteBackordersJob.Key).StoreDurably());
            quartz.AddTrigger(trigger => trigger.ForJob(RerouteBackordersJob.Key).WithIdentity("orders-reroute-backorders-trigger")
                .StartAt(DateTimeOffset.UtcNow.AddMinutes(10)).WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromHours(1)).RepeatForever()));
        });
    }

    /// <summary>
    /// Allocation updates are applied in batches, one transaction for many orders (what came within 50 ms, at most 200:
    /// see <see cref="BatchWindows"/>). Channel commands sent through the bus (a storefront's place, cancel, hold and
    /// refund) are handled one at a time in the order sent, so a cancellation or a hold never overtakes the placing of
    /// its order (the API invokes them inline, unaffected).
    /// </summary>
    public void ConfigureMessaging(WolverineOptions options)
    {
        options.BatchMessagesOf<StockAllocationChanged>(batching =>
        {
            batching.BatchSize = 200;
            batching.TriggerTime = BatchWindows.OrderPath;
        });
        options.LocalQueue(ChannelQueue).Sequential();
        options.PublishMessage<Contracts.PlaceOrder>().ToLocalQueue(ChannelQueue);
        options.PublishMessage<Contracts.CancelChannelOrder>().ToLocalQueue(ChannelQueue);
        options.PublishMessage<Contracts.HoldChannelOrder>().ToLocalQueue(ChannelQueue);
        options.PublishMessage<Contracts.RecordChannelRefund>().ToLocalQueue(ChannelQueue);
    }

    public const string ChannelQueue = "orders-channel";

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var writes = endpoints.MapModuleGroup(Name, "Orders", Roles.Manager, Roles.Agent, Roles.Integration);
        var reads = endpoints.MapModuleGroup(Name, "Orders", Roles.Manager, Roles.Agent, Roles.Warehouse, Roles.Integration);
        PlaceOrderEndpoint.Map(writes);
        CancelOrderEndpoint.Map(writes);
        HoldEndpoints.Map(writes);
        RefundEndpoints.Map(writes);
        OrderQueryEndpoints.Map(reads);
        var setup = endpoints.MapModuleGroup(Name, "Orders", Roles.Manager);
        SourceEndpoints.Map(setup, reads);
        RoutingRuleEndpoints.Map(setup, reads);
        FulfillmentEndpoints.Map(writes, endpoints);
        reads.MapAuditLog<OrdersDbContext>();
    }
}
