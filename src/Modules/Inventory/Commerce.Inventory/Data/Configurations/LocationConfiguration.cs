using Commerce.Inventory.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Inventory.Data.Configurations;

public sealed class LocationConfiguration : IEntityTypeConfiguration<Location>
{
    public void Configure(EntityTypeBuilder<Location> location)
    {
        location.ToTable("locations");
        location.HasKey(l => l.Id);
        location.Property(l => l.Code).HasMaxLength(64);
        location.HasIndex(l => l.Code).IsUnique();
        location.Property(l => l.Name).HasMaxLength(200);
        location.Property(l => l.AddressLine1).HasMaxLength(200);
        location.Property(l => l.AddressLine2).HasMaxLength(200);
        location.Property(l => l.City).HasMaxLength(100);
        location.Property(l => l.Region).HasMaxLength(100);
        location.Property(l => l.PostalCode).HasMaxLength(20);
        location.Property(l => l.CountryCode).HasMaxLength(2);
    }
}
