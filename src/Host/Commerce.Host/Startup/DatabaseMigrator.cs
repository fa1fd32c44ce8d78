using Commerce.Host.Platform;
using Commerce.Kernel;
using Commerce.Kernel.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

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
