using Commerce.Warehouse.Domain.Packages;
using Commerce.Warehouse.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Warehouse.Data.Configurations;

public sealed class PackageConfiguration : IEntityTypeConfiguration<Package>
{
    public void Configure(EntityTypeBuilder<Package> package)
    {
        package.ToTable("packages");
        package.HasKey(p => p.Id);
        package.Property(p => p.Location).HasMaxLength(64);
        package.Property(p => p.BoxCode).HasMaxLength(32);
        foreach (var p in new[] { nameof(Package.LengthIn), nameof(Package.WidthIn), nameof(Package.HeightIn),
                     nameof(Package.TareWeightLb), nameof(Package.MaxWeightLb), nameof(Package.GrossWeightLb),
                     nameof(Package.BillableWeightLb) })
            package.Property(p).HasPrecision(9, 3);
        package.Property(p => p.BoxCost).HasPrecision(18, 4);
        package.Property(p => p.Revision).IsConcurrencyToken();
        package.HasIndex(p => new { p.OrderId, p.Location });
        package.HasMany(p => p.Items).WithOne().HasForeignKey(i => i.PackageId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class PackageItemConfiguration : IEntityTypeConfiguration<PackageItem>
{
    public void Configure(EntityTypeBuilder<PackageItem> item)
    {
        item.ToTable("package_items");
        item.HasKey(i => i.Id);
        item.Property(i => i.Sku).HasMaxLength(64);
        foreach (var p in new[] { nameof(PackageItem.LengthIn), nameof(PackageItem.WidthIn), nameof(PackageItem.HeightIn), nameof(PackageItem.WeightLb) })
            item.Property(p).HasPrecision(9, 3);
    }
}

public sealed class CountTaskConfiguration : IEntityTypeConfiguration<CountTask>
{
    public void Configure(EntityTypeBuilder<CountTask> task)
    {
        task.ToTable("count_tasks");
        task.HasKey(t => t.Id);
        task.Property(t => t.Location).HasMaxLength(64);
        task.Property(t => t.BinCode).HasMaxLength(32);
        task.Property(t => t.Sku).HasMaxLength(64);
        task.Property(t => t.Reason).HasMaxLength(200);
        task.Property(t => t.CountedBy).HasMaxLength(200);
        task.Ignore(t => t.Done);
        task.HasIndex(t => new { t.Location, t.CountedAt });
    }
}

public sealed class PutAwayTaskConfiguration : IEntityTypeConfiguration<PutAwayTask>
{
    public void Configure(EntityTypeBuilder<PutAwayTask> task)
    {
        task.ToTable("put_away_tasks");
        task.HasKey(t => t.Id);
        task.Property(t => t.Location).HasMaxLength(64);
        task.Property(t => t.BinCode).HasMaxLength(32);
        task.Property(t => t.Sku).HasMaxLength(64);
        task.Property(t => t.Reason).HasMaxLength(200);
        task.Property(t => t.DoneBy).HasMaxLength(200);
        task.Ignore(t => t.Done);
        task.HasIndex(t => new { t.Location, t.DoneAt });
    }
}
