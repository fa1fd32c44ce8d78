using Commerce.Orders.Domain;
using Commerce.Orders.Domain.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Orders.Data.Configurations;

public sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> order)
    {
        order.ToTable("orders");
        order.HasKey(o => o.Id);
        order.Property(o => o.Id).ValueGeneratedNever();
        order.Property(o => o.Channel).HasMaxLength(50);
        order.Property(o => o.ExternalId).HasMaxLength(100);
        // One order per channel and external id: the same order posted twice, even at the same instant, is stored once.
        order.HasIndex(o => new { o.Channel, o.ExternalId }).IsUnique();
        order.Property(o => o.CustomerName).HasMaxLength(200);
        order.Property(o => o.CustomerEmail).HasMaxLength(254);
        order.HasIndex(o => o.CustomerEmail);
        order.Property(o => o.CustomerPhone).HasMaxLength(50);
        order.Property(o => o.ShipToName).HasMaxLength(200);
        order.Property(o => o.ShipToLine1).HasMaxLength(200);
        order.Property(o => o.ShipToLine2).HasMaxLength(200);
        order.Property(o => o.ShipToCity).HasMaxLength(100);
        order.Property(o => o.ShipToRegion).HasMaxLength(100);
        order.Property(o => o.ShipToPostalCode).HasMaxLength(20);
        order.Property(o => o.ShipToCountryCode).HasMaxLength(2);
        order.Property(o => o.ServiceLevel).HasConversion<string>().HasMaxLength(20);
        order.Property(o => o.Status).HasConversion<string>().HasMaxLength(30);
        order.HasIndex(o => new { o.Status, o.PlacedAt });
        order.HasIndex(o => o.PlacedAt);
        order.Property(o => o.Currency).HasMaxLength(3);
        order.Property(o => o.CancellationReason).HasMaxLength(500);
        order.Property(o => o.Revision).IsConcurrencyToken();
        order.HasMany(o => o.Lines).WithOne().HasForeignKey(l => l.OrderId);
        order.HasMany(o => o.History).WithOne().HasForeignKey(h => h.OrderId);
        order.Property(o => o.HoldReason).HasMaxLength(500);
        order.Property(o => o.ReviewReason).HasMaxLength(500);
        order.HasMany(o => o.Fulfillments).WithOne().HasForeignKey(f => f.OrderId);
        order.HasMany(o => o.Routing).WithOne().HasForeignKey(r => r.OrderId);
        order.HasMany(o => o.Refunds).WithOne().HasForeignKey(r => r.OrderId);
    }
}

public sealed class OrderRefundConfiguration : IEntityTypeConfiguration<OrderRefund>
{
    public void Configure(EntityTypeBuilder<OrderRefund> refund)
    {
        refund.ToTable("order_refunds");
        refund.HasKey(r => r.Id);
        refund.Property(r => r.Id).ValueGeneratedNever();
        refund.Property(r => r.Amount).HasPrecision(18, 4);
        refund.Property(r => r.Currency).HasMaxLength(3);
        refund.Property(r => r.Reason).HasMaxLength(500);
        refund.Property(r => r.Origin).HasConversion<string>().HasMaxLength(20);
        refund.Property(r => r.Actor).HasMaxLength(200);
        // A request key, or a channel's refund, is one refund of the order, even when repeated at the same instant.
        refund.Property(r => r.RequestKey).HasMaxLength(100);
        refund.HasIndex(r => new { r.OrderId, r.RequestKey }).IsUnique();
        refund.Property(r => r.ChannelRefundId).HasMaxLength(100);
        refund.HasIndex(r => new { r.OrderId, r.ChannelRefundId }).IsUnique();
        refund.HasMany(r => r.Lines).WithOne().HasForeignKey(l => l.RefundId);
    }
}

public sealed class OrderRefundLineConfiguration : IEntityTypeConfiguration<OrderRefundLine>
{
    public void Configure(EntityTypeBuilder<OrderRefundLine> line)
    {
        line.ToTable("order_refund_lines");
        line.HasKey(l => new { l.RefundId, l.LineNumber });
        line.Property(l => l.Sku).HasMaxLength(64);
    }
}

public sealed class OrderLineConfiguration : IEntityTypeConfiguration<OrderLine>
{
    public void Configure(EntityTypeBuilder<OrderLine> line)
    {
        line.ToTable("order_lines");
        line.HasKey(l => new { l.OrderId, l.LineNumber });
        line.Property(l => l.Sku).HasMaxLength(64);
        line.HasIndex(l => l.Sku);
    }
}

public sealed class OrderStatusChangeConfiguration : IEntityTypeConfiguration<OrderStatusChange>
{
    public void Configure(EntityTypeBuilder<OrderStatusChange> change)
    {
        change.ToTable("order_status_history");
        change.HasKey(c => c.Id);
        change.Property(c => c.Id).ValueGeneratedOnAdd();
        change.Property(c => c.From).HasConversion<string>().HasMaxLength(30);
        change.Property(c => c.To).HasConversion<string>().HasMaxLength(30);
        change.Property(c => c.Actor).HasMaxLength(200);
        change.Property(c => c.Reason).HasMaxLength(500);
        change.HasIndex(c => c.OrderId);
    }
}

public sealed class FulfillmentConfiguration : IEntityTypeConfiguration<Fulfillment>
{
    public void Configure(EntityTypeBuilder<Fulfillment> fulfillment)
    {
        fulfillment.ToTable("fulfillments");
        fulfillment.HasKey(f => f.Id);
        fulfillment.Property(f => f.Id).ValueGeneratedNever();
        fulfillment.HasIndex(f => f.OrderId);
        fulfillment.Property(f => f.Source).HasMaxLength(64);
        fulfillment.Property(f => f.Kind).HasConversion<string>().HasMaxLength(20);
        fulfillment.Property(f => f.Location).HasMaxLength(64);
        fulfillment.Property(f => f.Partner).HasMaxLength(64);
        fulfillment.Property(f => f.Status).HasConversion<string>().HasMaxLength(20);
        fulfillment.HasIndex(f => new { f.Kind, f.Status });
        fulfillment.Property(f => f.LastError).HasMaxLength(1000);
        fulfillment.Property(f => f.PartnerReference).HasMaxLength(200);
        fulfillment.Property(f => f.ConfirmationId).HasMaxLength(200);
        fulfillment.Property(f => f.Carrier).HasMaxLength(100);
        fulfillment.Property(f => f.TrackingNumber).HasMaxLength(100);
        fulfillment.Property(f => f.TrackingUrl).HasMaxLength(500);
        fulfillment.HasMany(f => f.Lines).WithOne().HasForeignKey(l => l.FulfillmentId);
    }
}

public sealed class FulfillmentLineConfiguration : IEntityTypeConfiguration<FulfillmentLine>
{
    public void Configure(EntityTypeBuilder<FulfillmentLine> line)
    {
        line.ToTable("fulfillment_lines");
        line.HasKey(l => new { l.FulfillmentId, l.LineNumber });
        line.Property(l => l.Sku).HasMaxLength(64);
        line.Property(l => l.UnitCost).HasPrecision(18, 4);
    }
}

public sealed class RoutingDecisionConfiguration : IEntityTypeConfiguration<RoutingDecision>
{
    public void Configure(EntityTypeBuilder<RoutingDecision> decision)
    {
        decision.ToTable("routing_decisions");
        decision.HasKey(d => d.Id);
        decision.Property(d => d.Id).ValueGeneratedOnAdd();
        decision.HasIndex(d => d.OrderId);
        decision.Property(d => d.Sku).HasMaxLength(64);
        decision.Property(d => d.Source).HasMaxLength(64);
        decision.Property(d => d.Reason).HasMaxLength(500);
        // The hourly re-routing pass looks for backorders by rule and age.
        decision.HasIndex(d => new { d.Backordered, d.ReroutedAt, d.At });
    }
}
