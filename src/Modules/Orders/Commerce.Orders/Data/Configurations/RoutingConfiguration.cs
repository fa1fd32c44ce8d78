using Commerce.Orders.Domain.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Orders.Data.Configurations;

public sealed class FulfillmentSourceConfiguration : IEntityTypeConfiguration<FulfillmentSource>
{
    public void Configure(EntityTypeBuilder<FulfillmentSource> source)
    {
        source.ToTable("fulfillment_sources");
        source.HasKey(s => s.Code);
        source.Property(s => s.Code).HasMaxLength(64);
        source.Property(s => s.Name).HasMaxLength(200);
        source.Property(s => s.Kind).HasConversion<string>().HasMaxLength(20);
        source.Property(s => s.Location).HasMaxLength(64);
        // A stock location is one source: its reservations are that source's fulfillments.
        source.HasIndex(s => s.Location).IsUnique();
        source.Property(s => s.Partner).HasMaxLength(64);
        source.Property(s => s.ShipmentCost).HasPrecision(18, 4);
        source.OwnsMany(s => s.Zones, zone =>
        {
            zone.ToTable("fulfillment_source_zones");
            zone.WithOwner().HasForeignKey("Source");
            zone.Property<string>("Source").HasMaxLength(64);
            zone.HasKey("Source", nameof(SourceZone.Destination));
            zone.Property(z => z.Destination).HasMaxLength(40);
        });
        source.HasMany(s => s.Items).WithOne().HasForeignKey(i => i.Source);
    }
}

public sealed class SupplierItemConfiguration : IEntityTypeConfiguration<SupplierItem>
{
    public void Configure(EntityTypeBuilder<SupplierItem> item)
    {
        item.ToTable("supplier_items");
        item.HasKey(i => new { i.Source, i.Sku });
        item.Property(i => i.Source).HasMaxLength(64);
        item.Property(i => i.Sku).HasMaxLength(64);
        item.Property(i => i.SupplierSku).HasMaxLength(64);
        item.Property(i => i.UnitCost).HasPrecision(18, 4);
    }
}

public sealed class RoutingRuleConfiguration : IEntityTypeConfiguration<RoutingRule>
{
    public void Configure(EntityTypeBuilder<RoutingRule> rule)
    {
        rule.ToTable("routing_rules");
        rule.HasKey(r => r.Id);
        rule.Property(r => r.Id).ValueGeneratedNever();
        rule.Property(r => r.Name).HasMaxLength(200);
        rule.HasIndex(r => r.Position);
        rule.Property(r => r.Strategy).HasConversion<string>().HasMaxLength(20);
        rule.Property(r => r.RerouteTo).HasMaxLength(64);
        // The condition and source lists are short and read whole: JSON columns.
        rule.PrimitiveCollection(r => r.Skus);
        rule.PrimitiveCollection(r => r.Categories);
        rule.PrimitiveCollection(r => r.Destinations);
        rule.PrimitiveCollection(r => r.Channels);
        rule.PrimitiveCollection(r => r.Sources);
    }
}
