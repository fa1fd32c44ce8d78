using Commerce.Kernel.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace Commerce.Orders.Data;

/// <summary>Lets <c>dotnet ef</c> build the context for the provider named in COMMERCE_EF_PROVIDER.</summary>
public sealed class OrdersDesignTimeFactory : IDesignTimeDbContextFactory<OrdersDbContext>
{
    public OrdersDbContext CreateDbContext(string[] args) =>
        new(DesignTime.Options<OrdersDbContext>(OrdersDbContext.Module), TimeProvider.System);
}
