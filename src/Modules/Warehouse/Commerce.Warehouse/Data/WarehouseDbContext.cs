using Commerce.Kernel.Persistence;
using Commerce.Warehouse.Domain.Demand;
using Commerce.Warehouse.Domain.Layout;
using Commerce.Warehouse.Domain.Packages;
using Commerce.Warehouse.Domain.Picking;
using Commerce.Warehouse.Domain.Tasks;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Warehouse.Data;

public sealed class WarehouseDbContext(DbContextOptions<WarehouseDbContext> options, TimeProvider clock)
    : ModuleDbContext(options, clock)
{
    public const string Module = "warehouse";

    protected override string ModuleName => Module;

    public DbSet<WarehouseLayout> Layouts => Set<WarehouseLayout>();
    public DbSet<Bin> Bins => Set<Bin>();
    public DbSet<BinStock> BinStock => Set<BinStock>();
    public DbSet<ShippingBox> Boxes => Set<ShippingBox>();
    public DbSet<WarehouseOrder> Orders => Set<WarehouseOrder>();
    public DbSet<LineAllocation> LineAllocations => Set<LineAllocation>();
    public DbSet<OrderWork> Work => Set<OrderWork>();
    public DbSet<Wave> Waves => Set<Wave>();
    public DbSet<PickList> PickLists => Set<PickList>();
    public DbSet<PickLine> PickLines => Set<PickLine>();
    public DbSet<Package> Packages => Set<Package>();
    public DbSet<CountTask> CountTasks => Set<CountTask>();
    public DbSet<PutAwayTask> PutAwayTasks => Set<PutAwayTask>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(WarehouseDbContext).Assembly);
}
