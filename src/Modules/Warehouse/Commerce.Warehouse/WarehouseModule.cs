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
    /// The order events the floor follows are applied one at a time, in arrival order: the header and the allocation of
    /// one order never race to create its row, and a cancellation never overtakes the allocation it cancels.
    /// </summary>
    public void ConfigureMessaging(WolverineOptions options)
    {
        options.LocalQueue(OrdersQueue).Sequential();
        options.PublishMessage<OrderPlaced>().ToLocalQueue(OrdersQueue);
        options.PublishMessage<OrderAllocationUpdated>().ToLocalQueue(OrdersQueue);
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
