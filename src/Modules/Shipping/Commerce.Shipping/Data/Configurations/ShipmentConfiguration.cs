using Commerce.Shipping.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Shipping.Data.Configurations;

public sealed class ShipmentConfiguration : IEntityTypeConfiguration<Shipment>
{
    public void Configure(EntityTypeBuilder<Shipment> shipment)
    {
        shipment.ToTable("shipments");
        shipment.HasKey(s => s.Id);
        shipment.Property(s => s.Location).HasMaxLength(64);
        // One shipment per order and location: a redelivered "packed" message creates nothing twice.
        shipment.HasIndex(s => new { s.OrderId, s.Location }).IsUnique();
        shipment.Property(s => s.Channel).HasMaxLength(50);
        shipment.Property(s => s.ExternalId).HasMaxLength(100);
        shipment.Property(s => s.ServiceLevel).HasMaxLength(20);
        shipment.Property(s => s.ShipToName).HasMaxLength(200);
        shipment.Property(s => s.ShipToLine1).HasMaxLength(200);
        shipment.Property(s => s.ShipToLine2).HasMaxLength(200);
        shipment.Property(s => s.ShipToCity).HasMaxLength(100);
        shipment.Property(s => s.ShipToRegion).HasMaxLength(100);
        shipment.Property(s => s.ShipToPostalCode).HasMaxLength(20);
        shipment.Property(s => s.ShipToCountryCode).HasMaxLength(2);
        shipment.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        shipment.Property(s => s.AccountId).HasMaxLength(64);
        shipment.Property(s => s.Carrier).HasMaxLength(64);
        shipment.Property(s => s.Service).HasMaxLength(100);
        shipment.Property(s => s.Currency).HasMaxLength(3);
        shipment.Property(s => s.LabelCost).HasPrecision(18, 4);
        shipment.Property(s => s.Revision).IsConcurrencyToken();
        shipment.HasIndex(s => new { s.Status, s.PackedAt });
        shipment.Ignore(s => s.OnTime);
        shipment.HasMany(s => s.Packages).WithOne().HasForeignKey(p => p.ShipmentId);
    }
}

public sealed class ShipmentPackageConfiguration : IEntityTypeConfiguration<ShipmentPackage>
{
    public void Configure(EntityTypeBuilder<ShipmentPackage> package)
    {
        package.ToTable("packages");
        package.HasKey(p => p.Id);
        package.Property(p => p.BoxCode).HasMaxLength(32);
        foreach (var p in new[] { nameof(ShipmentPackage.LengthIn), nameof(ShipmentPackage.WidthIn), nameof(ShipmentPackage.HeightIn), nameof(ShipmentPackage.WeightLb) })
            package.Property(p).HasPrecision(9, 3);
        package.Property(p => p.AccountId).HasMaxLength(64);
        package.Property(p => p.Carrier).HasMaxLength(64);
        package.Property(p => p.TrackingNumber).HasMaxLength(64);
        package.HasIndex(p => p.TrackingNumber);
        package.Property(p => p.TrackingUrl).HasMaxLength(500);
        package.Property(p => p.CarrierShipmentId).HasMaxLength(100);
        package.Property(p => p.Cost).HasPrecision(18, 4);
        package.Property(p => p.Currency).HasMaxLength(3);
        package.Property(p => p.TrackingStatus).HasConversion<string>().HasMaxLength(30);
        package.HasIndex(p => p.NextPollAt);
        package.Ignore(p => p.Parcel);
        package.Ignore(p => p.HasLabel);
    }
}

public sealed class LabelFileConfiguration : IEntityTypeConfiguration<LabelFile>
{
    public void Configure(EntityTypeBuilder<LabelFile> label)
    {
        label.ToTable("label_files");
        label.HasKey(l => l.Id);
        label.Property(l => l.Format).HasConversion<string>().HasMaxLength(10);
        label.Property(l => l.ContentType).HasMaxLength(100);
        label.HasIndex(l => new { l.PackageId, l.Format }).IsUnique();
    }
}

public sealed class QuoteConfiguration : IEntityTypeConfiguration<Quote>
{
    public void Configure(EntityTypeBuilder<Quote> quote)
    {
        quote.ToTable("quotes");
        quote.HasKey(q => q.Id);
        quote.Property(q => q.Skipped).HasMaxLength(4000);
        quote.Property(q => q.OverrideAccountId).HasMaxLength(64);
        quote.Property(q => q.OverrideCarrier).HasMaxLength(64);
        quote.Property(q => q.OverrideService).HasMaxLength(100);
        quote.HasIndex(q => q.ShipmentId);
        quote.HasMany(q => q.Rates).WithOne().HasForeignKey(r => r.QuoteId);
    }
}

public sealed class PackageRateConfiguration : IEntityTypeConfiguration<PackageRate>
{
    public void Configure(EntityTypeBuilder<PackageRate> rate)
    {
        rate.ToTable("package_rates");
        rate.HasKey(r => r.Id);
        rate.Property(r => r.AccountId).HasMaxLength(64);
        rate.Property(r => r.Carrier).HasMaxLength(64);
        rate.Property(r => r.Service).HasMaxLength(100);
        rate.Property(r => r.Currency).HasMaxLength(3);
        rate.Property(r => r.Price).HasPrecision(18, 4);
        rate.Property(r => r.BillableWeightLb).HasPrecision(9, 3);
        rate.Property(r => r.CarrierRateId).HasMaxLength(100);
        rate.Property(r => r.CarrierShipmentId).HasMaxLength(100);
    }
}

public sealed class TrackingEventConfiguration : IEntityTypeConfiguration<TrackingEventRecord>
{
    public void Configure(EntityTypeBuilder<TrackingEventRecord> e)
    {
        e.ToTable("tracking_events");
        e.HasKey(t => t.Id);
        e.Property(t => t.Status).HasConversion<string>().HasMaxLength(30);
        e.Property(t => t.Detail).HasMaxLength(100);
        e.Property(t => t.Message).HasMaxLength(500);
        e.Property(t => t.Place).HasMaxLength(200);
        e.Property(t => t.Source).HasMaxLength(64);
        e.HasIndex(t => new { t.PackageId, t.At, t.Status }).IsUnique();
    }
}

public sealed class WebhookReceiptConfiguration : IEntityTypeConfiguration<WebhookReceipt>
{
    public void Configure(EntityTypeBuilder<WebhookReceipt> receipt)
    {
        receipt.ToTable("webhook_receipts");
        receipt.HasKey(r => new { r.AccountId, r.EventId });
        receipt.Property(r => r.AccountId).HasMaxLength(64);
        receipt.Property(r => r.EventId).HasMaxLength(100);
    }
}
