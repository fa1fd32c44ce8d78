using Commerce.Kernel.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace Commerce.Storefronts.Data;

/// <summary>Lets <c>dotnet ef</c> build the context for the provider named in COMMERCE_EF_PROVIDER.</summary>
public sealed class StorefrontsDesignTimeFactory : IDesignTimeDbContextFactory<StorefrontsDbContext>
{
    public StorefrontsDbContext CreateDbContext(string[] args) =>
        new(DesignTime.Options<StorefrontsDbContext>(StorefrontsDbContext.Module), TimeProvider.System);
}
