using Commerce.Inventory.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Inventory.Data.Configurations;

public sealed class SkuClassificationConfiguration : IEntityTypeConfiguration<SkuClassification>
{
    public void Configure(EntityTypeBuilder<SkuClassification> classification)
    {
        classification.ToTable("sku_classes");
        classification.HasKey(c => c.SkuId);
        classification.Property(c => c.SkuId).ValueGeneratedNever();
        classification.Property(c => c.Class).HasMaxLength(1);
        classification.Property(c => c.AnnualValue).HasPrecision(18, 4);
        classification.Property(c => c.CumulativeShare).HasPrecision(9, 4);
        classification.HasOne<Sku>().WithMany().HasForeignKey(c => c.SkuId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ReorderAlertConfiguration : IEntityTypeConfiguration<ReorderAlert>
{
    public void Configure(EntityTypeBuilder<ReorderAlert> alert)
    {
        alert.ToTable("reorder_alerts");
        alert.HasKey(a => a.StockLevelId);
        alert.Property(a => a.StockLevelId).ValueGeneratedNever();
        alert.HasOne<StockLevel>().WithMany().HasForeignKey(a => a.StockLevelId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class CountRecordConfiguration : IEntityTypeConfiguration<CountRecord>
{
    public void Configure(EntityTypeBuilder<CountRecord> count)
    {
        count.ToTable("count_records");
        count.HasKey(c => c.Id);
        count.Property(c => c.Bin).HasMaxLength(32);
        count.HasIndex(c => new { c.LocationId, c.At });
        count.HasIndex(c => new { c.SkuId, c.LocationId, c.At });
        count.Ignore(c => c.Exact);
    }
}

public sealed class PublishedAvailabilityConfiguration : IEntityTypeConfiguration<PublishedAvailability>
{
    public void Configure(EntityTypeBuilder<PublishedAvailability> availability)
    {
        availability.ToTable("published_availability");
        availability.HasKey(a => new { a.SkuId, a.Channel });
        availability.Property(a => a.Channel).HasMaxLength(50);
        availability.HasOne<Sku>().WithMany().HasForeignKey(a => a.SkuId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class StockSnapshotConfiguration : IEntityTypeConfiguration<StockSnapshot>
{
    public void Configure(EntityTypeBuilder<StockSnapshot> snapshot)
    {
        snapshot.ToTable("stock_snapshots");
        snapshot.HasKey(s => s.Id);
        snapshot.Property(s => s.ReportedBy).HasMaxLength(200);
        snapshot.HasIndex(s => new { s.LocationId, s.TakenAt });
        snapshot.HasMany(s => s.Differences).WithOne().HasForeignKey(d => d.SnapshotId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class SnapshotDifferenceConfiguration : IEntityTypeConfiguration<SnapshotDifference>
{
    public void Configure(EntityTypeBuilder<SnapshotDifference> difference)
    {
        difference.ToTable("snapshot_differences");
        difference.HasKey(d => d.Id);
        difference.Property(d => d.Sku).HasMaxLength(64);
    }
}
