using Commerce.Inventory.Domain;
using Commerce.Kernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Inventory.Data;

public sealed class InventoryDbContext(DbContextOptions<InventoryDbContext> options, TimeProvider clock)
    : ModuleDbContext(options, clock)
{
    public const string Module = "inventory";

    protected override string ModuleName => Module;

    public DbSet<Sku> Skus => Set<Sku>();
    public DbSet<Location> Locations => Set<Location>();
    public DbSet<StockLevel> StockLevels => Set<StockLevel>();
    public DbSet<StockMovement> Ledger => Set<StockMovement>();
    public DbSet<OrderAllocation> Allocations => Set<OrderAllocation>();
    public DbSet<AllocationLine> AllocationLines => Set<AllocationLine>();
    public DbSet<LineReservation> Reservations => Set<LineReservation>();
    public DbSet<SkuClassification> Classifications => Set<SkuClassification>();
    public DbSet<ReorderAlert> ReorderAlerts => Set<ReorderAlert>();
    public DbSet<CountRecord> Counts => Set<CountRecord>();
    public DbSet<PublishedAvailability> PublishedAvailability => Set<PublishedAvailability>();
    public DbSet<StockSnapshot> Snapshots => Set<StockSnapshot>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(InventoryDbContext).Assembly);
}
