using Commerce.Kernel;
using Commerce.Kernel.Http;
using Commerce.Kernel.Persistence;
using Commerce.Kernel.Security;
using Commerce.Orders.Contracts;
using Commerce.Warehouse.Data;
using Commerce.Warehouse.Features.Layout;
using Commerce.Warehouse.Features.Packing;
using Commerce.Warehouse.Features.Picking;
using Commerce.Warehouse.Features.Release;
using Commerce.Warehouse.Features.Tasks;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;
using Wolverine.EntityFrameworkCore;

namespace Commerce.Warehouse;

/// <summary>
/// The floor: layout and slotting, pick lists released by strategy and walked by the shortest route, scan-to-verify
/// picking, and packing into the right boxes.
/// </summary>
public sealed class WarehouseModule : IModule
{
    public const string OrdersQueue = "warehouse-orders";

    public string Name => WarehouseDbContext.Module;

    public IReadOnlyList<Type> DbContextTypes => [typeof(WarehouseDbContext)];

    public void AddServices(IServiceCollection services, ModuleContext context)
    {
        services.AddDbContextWithWolverineIntegration<WarehouseDbContext>(
            options => options.UseCommerceDatabase(context.Database, Name));
        services.AddOptions<WarehouseOptions>().BindConfiguration("Commerce:Warehouse");
    }

    /// <summary>
    /// The order events the floor follows are applied on one sequential queue: two events of one order never race to
    /// create its row. Allocations, each with the order's header, arrive in batches (one transaction for up to 200
    /// orders, or what came within 100 ms: <see cref="BatchWindows"/>), so the floor keeps up with a busy store;
    /// cancellations and holds are applied alone. Batching may let a cancellation pass an allocation still waiting for
    /// its batch: that allocation is then ignored, as the order is cancelled, and versions make a repeated or older
    /// allocation change nothing.
    /// </summary>
    public void ConfigureMessaging(WolverineOptions options)
    {
        options.LocalQueue(OrdersQueue).Sequential();
        options.BatchMessagesOf<OrderAllocationUpdated>(batching =>
        {
            batching.BatchSize = 200;
            batching.TriggerTime = BatchWindows.Floor;
            batching.LocalExecutionQueueName = OrdersQueue;
        });
        options.PublishMessage<OrderCancelled>().ToLocalQueue(OrdersQueue);
        options.PublishMessage<OrderHeld>().ToLocalQueue(OrdersQueue);
        options.PublishMessage<OrderHoldReleased>().ToLocalQueue(OrdersQueue);
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var writes = endpoints.MapModuleGroup(Name, "Warehouse", Roles.Manager, Roles.Warehouse);
        var reads = endpoints.MapModuleGroup(Name, "Warehouse", Roles.Manager, Roles.Warehouse, Roles.Agent);
        LayoutEndpoints.Map(writes, reads);
        SlottingEndpoints.Map(writes, reads);
        BoxEndpoints.Map(writes, reads);
        ReleaseEndpoint.Map(writes, reads);
        PickingEndpoints.Map(writes, reads);
        PackingEndpoints.Map(writes, reads);
        TaskEndpoints.Map(writes, reads);
        reads.MapAuditLog<WarehouseDbContext>();
    }
}
