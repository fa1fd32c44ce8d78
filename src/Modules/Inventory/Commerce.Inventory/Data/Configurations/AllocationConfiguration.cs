using Commerce.Inventory.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Inventory.Data.Configurations;

public sealed class OrderAllocationConfiguration : IEntityTypeConfiguration<OrderAllocation>
{
    public void Configure(EntityTypeBuilder<OrderAllocation> allocation)
    {
        allocation.ToTable("order_allocations");
        allocation.HasKey(a => a.OrderId);
        allocation.Property(a => a.OrderId).ValueGeneratedNever();
        allocation.Property(a => a.Version).IsConcurrencyToken();
        allocation.HasMany(a => a.Lines).WithOne().HasForeignKey(l => l.OrderId);
        allocation.HasMany(a => a.Reservations).WithOne().HasForeignKey(r => r.OrderId);
        allocation.HasIndex(a => a.PlacedAt);
    }
}

public sealed class AllocationLineConfiguration : IEntityTypeConfiguration<AllocationLine>
{
    public void Configure(EntityTypeBuilder<AllocationLine> line)
    {
        line.ToTable("allocation_lines");
        line.HasKey(l => new { l.OrderId, l.LineNumber });
        line.Property(l => l.Sku).HasMaxLength(64);
        line.Ignore(l => l.Outstanding);
        line.PrimitiveCollection(l => l.AllowedLocations);
        // Finds the backorders of a SKU quickly when stock arrives.
        line.HasIndex(l => new { l.SkuId, l.OrderId });
    }
}

public sealed class LineReservationConfiguration : IEntityTypeConfiguration<LineReservation>
{
    public void Configure(EntityTypeBuilder<LineReservation> reservation)
    {
        reservation.ToTable("line_reservations");
        reservation.HasKey(r => r.Id);
        reservation.Property(r => r.LocationCode).HasMaxLength(64);
        reservation.HasIndex(r => new { r.OrderId, r.LineNumber, r.StockLevelId }).IsUnique();
        reservation.HasIndex(r => r.StockLevelId);
    }
}
