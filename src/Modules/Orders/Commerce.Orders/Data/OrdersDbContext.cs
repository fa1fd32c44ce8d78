using Commerce.Kernel.Persistence;
using Commerce.Orders.Domain;
using Commerce.Orders.Domain.Routing;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Orders.Data;

public sealed class OrdersDbContext(DbContextOptions<OrdersDbContext> options, TimeProvider clock)
    : ModuleDbContext(options, clock)
{
    public const string Module = "orders";

    protected override string ModuleName => Module;

    public DbSet<Order> Orders => Set<Order>();
    public DbSet<OrderLine> OrderLines => Set<OrderLine>();
    public DbSet<OrderStatusChange> StatusHistory => Set<OrderStatusChange>();
    public DbSet<Fulfillment> Fulfillments => Set<Fulfillment>();
    public DbSet<RoutingDecision> RoutingDecisions => Set<RoutingDecision>();
    public DbSet<OrderRefund> Refunds => Set<OrderRefund>();
    public DbSet<FulfillmentSource> Sources => Set<FulfillmentSource>();
    public DbSet<SupplierItem> SupplierItems => Set<SupplierItem>();
    public DbSet<RoutingRule> RoutingRules => Set<RoutingRule>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(OrdersDbContext).Assembly);
}
