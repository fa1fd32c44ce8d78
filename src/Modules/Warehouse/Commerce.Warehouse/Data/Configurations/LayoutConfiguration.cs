using Commerce.Warehouse.Domain.Layout;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Warehouse.Data.Configurations;

public sealed class LayoutConfiguration : IEntityTypeConfiguration<WarehouseLayout>
{
    public void Configure(EntityTypeBuilder<WarehouseLayout> layout)
    {
        layout.ToTable("layouts");
        layout.HasKey(l => l.Id);
        layout.Property(l => l.Location).HasMaxLength(64);
        layout.HasIndex(l => l.Location).IsUnique();
        layout.HasMany(l => l.Aisles).WithOne().HasForeignKey(a => a.LayoutId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class AisleConfiguration : IEntityTypeConfiguration<Aisle>
{
    public void Configure(EntityTypeBuilder<Aisle> aisle)
    {
        aisle.ToTable("aisles");
        aisle.HasKey(a => new { a.LayoutId, a.Number });
        aisle.Property(a => a.Zone).HasMaxLength(32);
    }
}

public sealed class BinConfiguration : IEntityTypeConfiguration<Bin>
{
    public void Configure(EntityTypeBuilder<Bin> bin)
    {
        bin.ToTable("bins");
        bin.HasKey(b => b.Id);
        bin.Property(b => b.Location).HasMaxLength(64);
        bin.Property(b => b.Code).HasMaxLength(32);
        bin.Property(b => b.Barcode).HasMaxLength(64);
        bin.HasIndex(b => new { b.Location, b.Code }).IsUnique();
        bin.HasIndex(b => new { b.Location, b.Barcode }).IsUnique();
    }
}

public sealed class BinStockConfiguration : IEntityTypeConfiguration<BinStock>
{
    public void Configure(EntityTypeBuilder<BinStock> stock)
    {
        stock.ToTable("bin_stock", t =>
            t.HasCheckConstraint("ck_bin_stock_committed_within_quantity", "committed >= 0 AND committed <= quantity"));
        stock.HasKey(s => s.Id);
        stock.Property(s => s.Location).HasMaxLength(64);
        stock.Property(s => s.Sku).HasMaxLength(64);
        stock.HasIndex(s => new { s.BinId, s.Sku }).IsUnique();
        stock.HasIndex(s => new { s.Location, s.Sku });
        stock.Property(s => s.Version).IsConcurrencyToken();
        stock.Ignore(s => s.Free);
        stock.HasOne<Bin>().WithMany().HasForeignKey(s => s.BinId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ShippingBoxConfiguration : IEntityTypeConfiguration<ShippingBox>
{
    public void Configure(EntityTypeBuilder<ShippingBox> box)
    {
        box.ToTable("boxes");
        box.HasKey(b => b.Id);
        box.Property(b => b.Location).HasMaxLength(64);
        box.Property(b => b.Code).HasMaxLength(32);
        box.Property(b => b.Currency).HasMaxLength(3);
        box.HasIndex(b => new { b.Location, b.Code }).IsUnique();
        foreach (var p in new[] { nameof(ShippingBox.LengthIn), nameof(ShippingBox.WidthIn), nameof(ShippingBox.HeightIn),
                     nameof(ShippingBox.MaxWeightLb), nameof(ShippingBox.TareWeightLb) })
            box.Property(p).HasPrecision(9, 3);
        box.Property(b => b.Cost).HasPrecision(18, 4);
    }
}
