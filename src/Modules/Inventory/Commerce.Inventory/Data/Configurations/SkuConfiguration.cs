using Commerce.Inventory.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Inventory.Data.Configurations;

public sealed class SkuConfiguration : IEntityTypeConfiguration<Sku>
{
    public void Configure(EntityTypeBuilder<Sku> sku)
    {
        sku.ToTable("skus");
        sku.HasKey(s => s.Id);
        sku.Property(s => s.Code).HasMaxLength(64);
        sku.HasIndex(s => s.Code).IsUnique();
        sku.Property(s => s.Name).HasMaxLength(200);
        sku.Property(s => s.Barcode).HasMaxLength(64);
        sku.HasIndex(s => s.Barcode);
        sku.Property(s => s.Currency).HasMaxLength(3);
        sku.Property(s => s.Category).HasMaxLength(64);
        sku.HasIndex(s => s.Category);
    }
}
