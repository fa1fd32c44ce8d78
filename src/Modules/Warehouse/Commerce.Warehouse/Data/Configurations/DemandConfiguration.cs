using Commerce.Warehouse.Domain.Demand;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Warehouse.Data.Configurations;

public sealed class WarehouseOrderConfiguration : IEntityTypeConfiguration<WarehouseOrder>
{
    public void Configure(EntityTypeBuilder<WarehouseOrder> order)
    {
        order.ToTable("orders");
        order.HasKey(o => o.OrderId);
        order.Property(o => o.OrderId).ValueGeneratedNever();
        order.Property(o => o.Channel).HasMaxLength(50);
        order.Property(o => o.ExternalId).HasMaxLength(100);
        order.Property(o => o.CustomerName).HasMaxLength(200);
        order.Property(o => o.ServiceLevel).HasMaxLength(20);
        order.Property(o => o.ShipToName).HasMaxLength(200);
        order.Property(o => o.ShipToLine1).HasMaxLength(200);
        order.Property(o => o.ShipToLine2).HasMaxLength(200);
        order.Property(o => o.ShipToCity).HasMaxLength(100);
        order.Property(o => o.ShipToRegion).HasMaxLength(100);
        order.Property(o => o.ShipToPostalCode).HasMaxLength(20);
        order.Property(o => o.ShipToCountryCode).HasMaxLength(2);
        order.Property(o => o.HoldReason).HasMaxLength(500);
        order.Property(o => o.Revision).IsConcurrencyToken();
        order.Ignore(o => o.FullyAllocated);
        order.Ignore(o => o.Locations);
        order.HasMany(o => o.Lines).WithOne().HasForeignKey(l => l.OrderId);
        order.HasMany(o => o.Allocations).WithOne().HasForeignKey(a => a.OrderId);
        order.HasIndex(o => new { o.Cancelled, o.PlacedAt });
    }
}

public sealed class WarehouseOrderLineConfiguration : IEntityTypeConfiguration<WarehouseOrderLine>
{
    public void Configure(EntityTypeBuilder<WarehouseOrderLine> line)
    {
        line.ToTable("order_lines");
        line.HasKey(l => new { l.OrderId, l.LineNumber });
        line.Property(l => l.Sku).HasMaxLength(64);
    }
}

public sealed class LineAllocationConfiguration : IEntityTypeConfiguration<LineAllocation>
{
    public void Configure(EntityTypeBuilder<LineAllocation> allocation)
    {
        allocation.ToTable("line_allocations");
        allocation.HasKey(a => a.Id);
        allocation.Property(a => a.Location).HasMaxLength(64);
        allocation.HasIndex(a => new { a.OrderId, a.LineNumber, a.Location }).IsUnique();
        allocation.HasIndex(a => new { a.Location, a.OrderId });
    }
}
