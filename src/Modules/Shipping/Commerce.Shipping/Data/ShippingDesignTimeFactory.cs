using Commerce.Kernel.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace Commerce.Shipping.Data;

/// <summary>Lets <c>dotnet ef</c> build the context for the provider named in COMMERCE_EF_PROVIDER.</summary>
public sealed class ShippingDesignTimeFactory : IDesignTimeDbContextFactory<ShippingDbContext>
{
    public ShippingDbContext CreateDbContext(string[] args) =>
        new(DesignTime.Options<ShippingDbContext>(ShippingDbContext.Module), TimeProvider.System);
}
