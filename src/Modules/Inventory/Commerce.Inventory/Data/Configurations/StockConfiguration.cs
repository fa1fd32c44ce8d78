using Commerce.Inventory.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Inventory.Data.Configurations;

public sealed class StockLevelConfiguration : IEntityTypeConfiguration<StockLevel>
{
    public void Configure(EntityTypeBuilder<StockLevel> level)
    {
        level.ToTable("stock_levels", t =>
        {
            t.HasCheckConstraint("ck_stock_levels_reserved_within_on_hand", "reserved >= 0 AND reserved <= on_hand");
        });
        level.HasKey(s => s.Id);
        level.HasIndex(s => new { s.SkuId, s.LocationId }).IsUnique();
        level.HasIndex(s => s.LocationId);
        level.Property(s => s.Version).IsConcurrencyToken();
        level.Ignore(s => s.Available);
        level.HasOne<Sku>().WithMany().HasForeignKey(s => s.SkuId).OnDelete(DeleteBehavior.Restrict);
        level.HasOne<Location>().WithMany().HasForeignKey(s => s.LocationId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class StockMovementConfiguration : IEntityTypeConfiguration<StockMovement>
{
    public void Configure(EntityTypeBuilder<StockMovement> movement)
    {
        movement.ToTable("stock_ledger");
        movement.HasKey(m => m.Id);
        movement.Property(m => m.Id).ValueGeneratedOnAdd();
        movement.Property(m => m.Kind).HasConversion<string>().HasMaxLength(20);
        movement.Property(m => m.Reason).HasMaxLength(500);
        movement.Property(m => m.Reference).HasMaxLength(100);
        movement.Property(m => m.Actor).HasMaxLength(200);
        movement.HasIndex(m => new { m.SkuId, m.LocationId });
        movement.HasIndex(m => m.Reference);
    }
}
