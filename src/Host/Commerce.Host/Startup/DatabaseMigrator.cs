using Commerce.Host.Platform;
using Commerce.Kernel;
using Commerce.Kernel.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Commerce.Host.Startup;

/// <summary>
/// Applies every module's EF Core migrations before anything else starts (it is registered as the first hosted service),
/// so that message handlers and jobs never meet a database older than their code.
/// </summary>
public sealed class DatabaseMigrator(IServiceProvider services, IEnumerable<IModule> modules, DatabaseSettings database,
    ILogger<DatabaseMigrator> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (database.Provider == DatabaseProvider.Sqlite) await UseWriteAheadLogAsync(cancellationToken);

        using var scope = services.CreateScope();
        foreach (var contextType in modules.SelectMany(m => m.DbContextTypes).Prepend(typeof(PlatformDbContext)))
        {
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(contextType);
            // On PostgreSQL, EF Core reads a module's history table before it has made it and logs the failed read as an
            // error (npgsql/efcore.pg#3407): every first start printed a dozen false errors. Made first, it is found.
            await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                logger.LogInformation("Applying {Count} migration(s) to {Context}: {Migrations}", pending.Count, contextType.Name,
                    string.Join(", ", pending));
            }

            await db.Database.MigrateAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    // Write-ahead logging lets readers go on while one writer commits: the difference between a responsive embedded
    // database and "database is locked". The setting is stored in the file, so once is enough.
    private async Task UseWriteAheadLogAsync(CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
