using Commerce.Kernel.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace Commerce.Warehouse.Data;

/// <summary>Lets <c>dotnet ef</c> build the context for the provider named in COMMERCE_EF_PROVIDER.</summary>
public sealed class WarehouseDesignTimeFactory : IDesignTimeDbContextFactory<WarehouseDbContext>
{
    public WarehouseDbContext CreateDbContext(string[] args) =>
        new(DesignTime.Options<WarehouseDbContext>(WarehouseDbContext.Module), TimeProvider.System);
}
