using Commerce.Kernel.Persistence;
using Commerce.Shipping.Domain;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Shipping.Data;

public sealed class ShippingDbContext(DbContextOptions<ShippingDbContext> options, TimeProvider clock)
    : ModuleDbContext(options, clock)
{
    public const string Module = "shipping";

    protected override string ModuleName => Module;

    public DbSet<Shipment> Shipments => Set<Shipment>();
    public DbSet<ShipmentPackage> Packages => Set<ShipmentPackage>();
    public DbSet<LabelFile> Labels => Set<LabelFile>();
    public DbSet<Quote> Quotes => Set<Quote>();
    public DbSet<PackageRate> Rates => Set<PackageRate>();
    public DbSet<TrackingEventRecord> TrackingEvents => Set<TrackingEventRecord>();
    public DbSet<WebhookReceipt> WebhookReceipts => Set<WebhookReceipt>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ShippingDbContext).Assembly);
}
