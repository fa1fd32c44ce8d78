using Microsoft.EntityFrameworkCore;

namespace Commerce.Kernel.Persistence;

/// <summary>
/// Options for <c>dotnet ef</c> at design time. The provider comes from COMMERCE_EF_PROVIDER (Sqlite, Postgres,
/// SqlServer); no database is contacted to add a migration. scripts/add-migration.sh sets it for each provider in turn.
/// </summary>
public static class DesignTime
{
    public static DbContextOptions<TContext> Options<TContext>(string moduleName) where TContext : DbContext
    {
        var providerName = Environment.GetEnvironmentVariable("COMMERCE_EF_PROVIDER") ?? nameof(DatabaseProvider.Sqlite);
        var provider = Enum.Parse<DatabaseProvider>(providerName, ignoreCase: true);
        var connectionString = provider switch
        {
            DatabaseProvider.Sqlite => "Data Source=design-time.db",
            DatabaseProvider.Postgres => "Host=127.0.0.1;Database=design_time",
            _ => "Server=127.0.0.1;Database=design_time;TrustServerCertificate=true",
        };
        var builder = new DbContextOptionsBuilder<TContext>();
        builder.UseCommerceDatabase(new DatabaseSettings(provider, connectionString), moduleName);
        return builder.Options;
    }
}
