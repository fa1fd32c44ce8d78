using Commerce.Warehouse.Domain.Picking;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Warehouse.Data.Configurations;

public sealed class OrderWorkConfiguration : IEntityTypeConfiguration<OrderWork>
{
    public void Configure(EntityTypeBuilder<OrderWork> work)
    {
        work.ToTable("order_work");
        work.HasKey(w => w.Id);
        work.Property(w => w.Location).HasMaxLength(64);
        // An order is released at a location through this one row: two releases of it collide here.
        work.HasIndex(w => new { w.OrderId, w.Location }).IsUnique();
        work.Property(w => w.Revision).IsConcurrencyToken();
        work.Ignore(w => w.Packed);
    }
}

public sealed class WaveConfiguration : IEntityTypeConfiguration<Wave>
{
    public void Configure(EntityTypeBuilder<Wave> wave)
    {
        wave.ToTable("waves");
        wave.HasKey(w => w.Id);
        wave.Property(w => w.Location).HasMaxLength(64);
        wave.Property(w => w.Rule).HasMaxLength(500);
        wave.Property(w => w.PickBy).HasConversion<string>().HasMaxLength(20);
    }
}

public sealed class PickListConfiguration : IEntityTypeConfiguration<PickList>
{
    public void Configure(EntityTypeBuilder<PickList> list)
    {
        list.ToTable("pick_lists");
        list.HasKey(l => l.Id);
        list.Property(l => l.Location).HasMaxLength(64);
        list.Property(l => l.Zone).HasMaxLength(32);
        list.Property(l => l.Strategy).HasConversion<string>().HasMaxLength(20);
        list.Property(l => l.Status).HasConversion<string>().HasMaxLength(20);
        list.Property(l => l.RouteMethod).HasMaxLength(20);
        list.Property(l => l.Picker).HasMaxLength(200);
        list.Property(l => l.Revision).IsConcurrencyToken();
        list.HasIndex(l => new { l.Location, l.Status, l.CreatedAt });
        list.HasMany(l => l.Lines).WithOne().HasForeignKey(l => l.PickListId);
        list.Ignore(l => l.OpenLines);
    }
}

public sealed class PickLineConfiguration : IEntityTypeConfiguration<PickLine>
{
    public void Configure(EntityTypeBuilder<PickLine> line)
    {
        line.ToTable("pick_lines");
        line.HasKey(l => l.Id);
        line.Property(l => l.Sku).HasMaxLength(64);
        line.Property(l => l.ItemBarcode).HasMaxLength(64);
        line.Property(l => l.BinCode).HasMaxLength(32);
        line.Property(l => l.Status).HasConversion<string>().HasMaxLength(20);
        line.Property(l => l.ConfirmedBy).HasMaxLength(200);
        foreach (var p in new[] { nameof(PickLine.LengthIn), nameof(PickLine.WidthIn), nameof(PickLine.HeightIn), nameof(PickLine.WeightLb) })
            line.Property(p).HasPrecision(9, 3);
        line.Property(l => l.Location).HasMaxLength(64);
        line.HasIndex(l => new { l.OrderId, l.OrderLineNumber });
        line.Ignore(l => l.Remaining);
        line.Ignore(l => l.Covers);
    }
}
