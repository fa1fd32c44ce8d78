using Commerce.Kernel.Persistence;
using Commerce.Orders.Domain;
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

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(OrdersDbContext).Assembly);
}
