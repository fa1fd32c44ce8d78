using Commerce.Kernel.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace Commerce.Inventory.Data;

/// <summary>Lets <c>dotnet ef</c> build the context for the provider named in COMMERCE_EF_PROVIDER.</summary>
public sealed class InventoryDesignTimeFactory : IDesignTimeDbContextFactory<InventoryDbContext>
{
    public InventoryDbContext CreateDbContext(string[] args) =>
        new(DesignTime.Options<InventoryDbContext>(InventoryDbContext.Module), TimeProvider.System);
}
