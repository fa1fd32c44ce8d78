using Commerce.Storefronts.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Storefronts.Data.Configurations;

public sealed class InboxDeliveryConfiguration : IEntityTypeConfiguration<InboxDelivery>
{
    public void Configure(EntityTypeBuilder<InboxDelivery> delivery)
    {
        delivery.ToTable("inbox");
        delivery.HasKey(d => d.Id);
        delivery.Property(d => d.StoreId).HasMaxLength(64);
        delivery.Property(d => d.Connector).HasMaxLength(64);
        delivery.Property(d => d.Topic).HasMaxLength(100);
        delivery.Property(d => d.DeliveryId).HasMaxLength(200);
        delivery.Property(d => d.DeliveryKey).HasMaxLength(200);
        delivery.Property(d => d.EventId).HasMaxLength(200);
        delivery.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        delivery.Property(d => d.ExternalOrderId).HasMaxLength(100);
        delivery.Property(d => d.Outcome).HasMaxLength(1000);
        delivery.Property(d => d.FailureReason).HasMaxLength(1000);
        // The dedupe keys: the database decides, so concurrent repeats store one row (see UniqueInsert).
        delivery.HasIndex(d => new { d.StoreId, d.DeliveryKey }).IsUnique();
        delivery.HasIndex(d => new { d.StoreId, d.Topic, d.EventId }).IsUnique();
        delivery.HasIndex(d => new { d.Status, d.ReceivedAt });
        delivery.HasIndex(d => new { d.StoreId, d.ReceivedAt });
    }
}

public sealed class StoreOrderRecordConfiguration : IEntityTypeConfiguration<StoreOrderRecord>
{
    public void Configure(EntityTypeBuilder<StoreOrderRecord> order)
    {
        order.ToTable("store_orders");
        order.HasKey(o => o.Id);
        order.Property(o => o.StoreId).HasMaxLength(64);
        order.Property(o => o.ExternalId).HasMaxLength(100);
        order.HasIndex(o => new { o.StoreId, o.ExternalId }).IsUnique();
        order.Property(o => o.Number).HasMaxLength(50);
        order.Property(o => o.StoreStatus).HasMaxLength(50);
        order.Property(o => o.LastSource).HasMaxLength(100);
        order.Property(o => o.LineChanges).HasMaxLength(1000);
        order.Property(o => o.Revision).IsConcurrencyToken();
        order.HasMany(o => o.Lines).WithOne().HasForeignKey(l => l.RecordId);
    }
}

public sealed class StoreOrderLineConfiguration : IEntityTypeConfiguration<StoreOrderLineRecord>
{
    public void Configure(EntityTypeBuilder<StoreOrderLineRecord> line)
    {
        line.ToTable("store_order_lines");
        line.HasKey(l => new { l.RecordId, l.LineNumber });
        line.Property(l => l.ExternalLineId).HasMaxLength(100);
        line.Property(l => l.Sku).HasMaxLength(64);
        line.Property(l => l.Title).HasMaxLength(200);
    }
}

public sealed class StoreRefundConfiguration : IEntityTypeConfiguration<StoreRefund>
{
    public void Configure(EntityTypeBuilder<StoreRefund> refund)
    {
        refund.ToTable("refunds");
        refund.HasKey(r => r.Id);
        refund.Property(r => r.StoreId).HasMaxLength(64);
        refund.Property(r => r.ExternalOrderId).HasMaxLength(100);
        refund.Property(r => r.RefundId).HasMaxLength(100);
        refund.HasIndex(r => new { r.StoreId, r.RefundId }).IsUnique();
        refund.HasIndex(r => new { r.StoreId, r.ExternalOrderId });
        refund.Property(r => r.Currency).HasMaxLength(3);
        refund.Property(r => r.Reason).HasMaxLength(500);
    }
}

public sealed class StoreSyncStateConfiguration : IEntityTypeConfiguration<StoreSyncState>
{
    public void Configure(EntityTypeBuilder<StoreSyncState> state)
    {
        state.ToTable("sync_states");
        state.HasKey(s => s.StoreId);
        state.Property(s => s.StoreId).HasMaxLength(64);
        state.Property(s => s.Cursor).HasMaxLength(2000);
        state.Property(s => s.RunTrigger).HasMaxLength(20);
        state.Property(s => s.RunOutcome).HasMaxLength(20);
        state.Property(s => s.RunSummary).HasMaxLength(2000);
        state.Property(s => s.RunError).HasMaxLength(1000);
    }
}

public sealed class PushAttemptConfiguration : IEntityTypeConfiguration<PushAttempt>
{
    public void Configure(EntityTypeBuilder<PushAttempt> attempt)
    {
        attempt.ToTable("push_attempts");
        attempt.HasKey(a => a.Id);
        attempt.Property(a => a.StoreId).HasMaxLength(64);
        attempt.Property(a => a.Operation).HasConversion<string>().HasMaxLength(20);
        attempt.Property(a => a.Key).HasMaxLength(100);
        attempt.Property(a => a.Outcome).HasConversion<string>().HasMaxLength(20);
        attempt.Property(a => a.Error).HasMaxLength(1000);
        attempt.Property(a => a.Detail).HasMaxLength(1000);
        // A redelivered outcome records nothing twice.
        attempt.HasIndex(a => new { a.StoreId, a.Operation, a.Key, a.Attempt }).IsUnique();
        attempt.HasIndex(a => a.At);
    }
}

public sealed class FulfillmentPushConfiguration : IEntityTypeConfiguration<FulfillmentPushRecord>
{
    public void Configure(EntityTypeBuilder<FulfillmentPushRecord> push)
    {
        push.ToTable("fulfillment_pushes");
        PushRecordColumns.Configure(push);
        push.HasIndex(p => p.ShipmentId).IsUnique();
        push.Property(p => p.TrackingNumbers).HasMaxLength(500);
    }
}

public sealed class CancellationPushConfiguration : IEntityTypeConfiguration<CancellationPushRecord>
{
    public void Configure(EntityTypeBuilder<CancellationPushRecord> push)
    {
        push.ToTable("cancellation_pushes");
        PushRecordColumns.Configure(push);
        // An order is cancelled once: concurrent repeats store one row.
        push.HasIndex(p => p.OrderId).IsUnique();
        push.HasIndex(p => new { p.StoreId, p.ExternalOrderId });
        push.Property(p => p.Reason).HasMaxLength(500);
    }
}

public sealed class RefundPushConfiguration : IEntityTypeConfiguration<RefundPushRecord>
{
    public void Configure(EntityTypeBuilder<RefundPushRecord> push)
    {
        push.ToTable("refund_pushes");
        PushRecordColumns.Configure(push);
        // A refund is pushed once: a repeated announcement stores one row.
        push.HasIndex(p => p.RefundId).IsUnique();
        push.HasIndex(p => new { p.StoreId, p.ExternalOrderId });
        push.Property(p => p.Amount).HasPrecision(18, 4);
        push.Property(p => p.Currency).HasMaxLength(3);
        push.Property(p => p.Reason).HasMaxLength(500);
    }
}

internal static class PushRecordColumns
{
    public static void Configure<T>(EntityTypeBuilder<T> push) where T : PushRecord
    {
        push.HasKey(p => p.Id);
        push.Property(p => p.StoreId).HasMaxLength(64);
        push.Property(p => p.ExternalOrderId).HasMaxLength(100);
        push.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        push.Property(p => p.LastError).HasMaxLength(1000);
    }
}

public sealed class StoreStockLevelConfiguration : IEntityTypeConfiguration<StoreStockLevel>
{
    public void Configure(EntityTypeBuilder<StoreStockLevel> level)
    {
        level.ToTable("stock_levels");
        level.HasKey(l => new { l.StoreId, l.Sku });
        level.Property(l => l.StoreId).HasMaxLength(64);
        level.Property(l => l.Sku).HasMaxLength(64);
        level.HasIndex(l => new { l.StoreId, l.Pending });
    }
}
