using Commerce.Kernel.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace Commerce.Host.Platform;

/// <summary>Lets <c>dotnet ef</c> build the context for the provider named in COMMERCE_EF_PROVIDER.</summary>
public sealed class PlatformDesignTimeFactory : IDesignTimeDbContextFactory<PlatformDbContext>
{
    public PlatformDbContext CreateDbContext(string[] args) =>
        new(DesignTime.Options<PlatformDbContext>(PlatformDbContext.Module), TimeProvider.System);
}
