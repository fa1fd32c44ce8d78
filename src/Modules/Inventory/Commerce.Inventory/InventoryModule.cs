using Commerce.Inventory.Data;
using Commerce.Inventory.Features.Catalog;
using Commerce.Inventory.Features.Locations;
using Commerce.Inventory.Features.Stock;
using Commerce.Kernel;
using Commerce.Kernel.Http;
using Commerce.Kernel.Persistence;
using Commerce.Kernel.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Wolverine.EntityFrameworkCore;

namespace Commerce.Inventory;

/// <summary>Stock per SKU per location, the movement ledger, and reservations that never oversell.</summary>
public sealed class InventoryModule : IModule
{
    public string Name => InventoryDbContext.Module;

    public IReadOnlyList<Type> DbContextTypes => [typeof(InventoryDbContext)];

    public void AddServices(IServiceCollection services, ModuleContext context) =>
        services.AddDbContextWithWolverineIntegration<InventoryDbContext>(
            options => options.UseCommerceDatabase(context.Database, Name));

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var writes = endpoints.MapModuleGroup(Name, "Inventory", Roles.Manager, Roles.Warehouse);
        var reads = endpoints.MapModuleGroup(Name, "Inventory", Roles.Manager, Roles.Warehouse, Roles.Agent, Roles.Integration);
        SkuEndpoints.Map(writes, reads);
        LocationEndpoints.Map(writes, reads);
        StockEndpoints.Map(writes, reads);
        reads.MapAuditLog<InventoryDbContext>();
    }
}
