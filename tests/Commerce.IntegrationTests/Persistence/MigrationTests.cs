using Commerce.Host.Platform;
using Commerce.IntegrationTests.Infrastructure;
using Commerce.Inventory.Data;
using Commerce.Kernel;
using Commerce.Kernel.Persistence;
using Commerce.Orders.Data;
using Commerce.Shipping.Data;
using Commerce.Storefronts.Data;
using Commerce.Warehouse.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Commerce.IntegrationTests.Persistence;

/// <summary>Every provider has real migrations that match the model; the SQL Server script is valid T-SQL.</summary>
public sealed class MigrationTests
{
    private static readonly (Type Context, string Module)[] Contexts =
    [
        (typeof(PlatformDbContext), PlatformDbContext.Module),
        (typeof(InventoryDbContext), InventoryDbContext.Module),
        (typeof(OrdersDbContext), OrdersDbContext.Module),
        (typeof(WarehouseDbContext), WarehouseDbContext.Module),
        (typeof(ShippingDbContext), ShippingDbContext.Module),
        (typeof(StorefrontsDbContext), StorefrontsDbContext.Module),
    ];

    public static TheoryData<DatabaseProvider> Providers =>
        new() { DatabaseProvider.Sqlite, DatabaseProvider.Postgres, DatabaseProvider.SqlServer };

    [Theory]
    [MemberData(nameof(Providers))]
    public void Each_module_has_migrations_for_the_provider_and_no_pending_model_changes(DatabaseProvider provider)
    {
        foreach (var (contextType, module) in Contexts)
        {
            using var context = Create(contextType, module, provider);
            Assert.NotEmpty(context.Database.GetMigrations());
            Assert.All(context.Database.GetMigrations(), m => Assert.DoesNotContain("Wolverine", m));
            Assert.False(context.Database.HasPendingModelChanges(), $"{contextType.Name} on {provider} has model changes without a migration.");
        }
    }

    [Fact]
    public void The_sql_server_idempotent_script_parses_as_t_sql_without_errors()
    {
        foreach (var (contextType, module) in Contexts)
        {
            using var context = Create(contextType, module, DatabaseProvider.SqlServer);
            var script = context.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
            Assert.Contains($"[{module}]", script);

            var parser = new TSql160Parser(initialQuotedIdentifiers: true);
            // GO separates batches for tools; the parser reads each batch on its own.
            foreach (var batch in script.Split("\nGO", StringSplitOptions.RemoveEmptyEntries))
            {
                using var reader = new StringReader(batch);
                parser.Parse(reader, out var errors);
                Assert.True(errors.Count == 0,
                    $"{contextType.Name}: {string.Join("; ", errors.Select(e => $"line {e.Line}: {e.Message}"))}");
            }
        }
    }

    [Fact]
    public async Task Migrations_applied_at_start_up_leave_nothing_pending_on_postgres()
    {
        await using var app = await CommerceApp.StartAsync(DatabaseProvider.Postgres);
        using var scope = app.Services.CreateScope();
        foreach (var (contextType, _) in Contexts)
        {
            var context = (DbContext)scope.ServiceProvider.GetRequiredService(contextType);
            Assert.Empty(await context.Database.GetPendingMigrationsAsync());
            Assert.NotEmpty(await context.Database.GetAppliedMigrationsAsync());
        }
    }

    private static DbContext Create(Type contextType, string module, DatabaseProvider provider)
    {
        var connectionString = provider switch
        {
            DatabaseProvider.Sqlite => "Data Source=:memory:",
            DatabaseProvider.Postgres => "Host=127.0.0.1;Database=unused",
            _ => "Server=127.0.0.1;Database=unused;TrustServerCertificate=true",
        };
        var builder = (DbContextOptionsBuilder)Activator.CreateInstance(
            typeof(DbContextOptionsBuilder<>).MakeGenericType(contextType))!;
        builder.UseCommerceDatabase(new DatabaseSettings(provider, connectionString), module);
        return (DbContext)Activator.CreateInstance(contextType, builder.Options, TimeProvider.System)!;
    }
}
