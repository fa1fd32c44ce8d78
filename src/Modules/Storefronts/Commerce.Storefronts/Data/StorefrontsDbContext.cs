using Commerce.Kernel.Persistence;
using Commerce.Storefronts.Domain;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Storefronts.Data;

public sealed class StorefrontsDbContext(DbContextOptions<StorefrontsDbContext> options, TimeProvider clock)
    : ModuleDbContext(options, clock)
{
    public const string Module = "storefronts";

    protected override string ModuleName => Module;

    public DbSet<InboxDelivery> Deliveries => Set<InboxDelivery>();
    public DbSet<StoreOrderRecord> StoreOrders => Set<StoreOrderRecord>();
    public DbSet<StoreRefund> Refunds => Set<StoreRefund>();
    public DbSet<StoreSyncState> SyncStates => Set<StoreSyncState>();
    public DbSet<PushAttempt> PushAttempts => Set<PushAttempt>();
    public DbSet<FulfillmentPushRecord> FulfillmentPushes => Set<FulfillmentPushRecord>();
    public DbSet<CancellationPushRecord> CancellationPushes => Set<CancellationPushRecord>();
    public DbSet<RefundPushRecord> RefundPushes => Set<RefundPushRecord>();
    public DbSet<StoreStockLevel> StockLevels => Set<StoreStockLevel>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(StorefrontsDbContext).Assembly);
}
