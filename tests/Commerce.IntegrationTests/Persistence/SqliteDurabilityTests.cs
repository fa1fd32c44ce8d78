using System.Data.Common;
using Commerce.IntegrationTests.Infrastructure;
using Commerce.Kernel;
using Commerce.Orders.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.IntegrationTests.Persistence;

/// <summary>
/// On SQLite every commit is flushed to disk before it returns (<c>synchronous = FULL</c>), on Wolverine's connections and
/// on EF Core's alike: nothing accepted is lost in a power cut. The two share Microsoft.Data.Sqlite's connection pool, where
/// a connection keeps the settings of whoever used it last, so each must set it on every open. A shop may choose NORMAL.
/// </summary>
[Collection(SqliteCollection.Name)]
public sealed class SqliteDurabilityTests(SqliteApp fixture)
{
    private const long Full = 2;
    private const long Normal = 1;

    [Fact]
    public Task Every_connection_flushes_each_commit_to_disk_whoever_used_it_before() =>
        AssertEveryConnectionIsAsync(fixture.App, Full, sabotage: "NORMAL");

    [Fact]
    public async Task A_shop_can_choose_commits_flushed_only_at_checkpoints()
    {
        await using var app = await CommerceApp.StartAsync(DatabaseProvider.Sqlite,
            settings: new Dictionary<string, string> { ["Commerce:Database:SqliteSynchronous"] = "Normal" });

        await AssertEveryConnectionIsAsync(app, Normal, sabotage: "FULL");
    }

    /// <summary>
    /// Wolverine's connections and EF Core's, in turn, each one handed back to the pool with the other setting: each open
    /// says again what the host was configured with.
    /// </summary>
    private static async Task AssertEveryConnectionIsAsync(CommerceApp app, long expected, string sabotage)
    {
        var messageStore = app.Services.GetRequiredService<Weasel.Sqlite.SqliteDataSource>();
        for (var round = 0; round < 3; round++)
        {
            await using (var wolverines = await messageStore.OpenConnectionAsync())
            {
                Assert.Equal(expected, await SynchronousAsync(wolverines));
                await SetAsync(wolverines, sabotage);
            }

            // Most likely the very connection Wolverine just gave back to the pool.
            using var scope = app.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<OrdersDbContext>();
            await db.Database.OpenConnectionAsync();
            try
            {
                Assert.Equal(expected, await SynchronousAsync(db.Database.GetDbConnection()));
                await SetAsync(db.Database.GetDbConnection(), sabotage);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }
    }

    private static async Task SetAsync(DbConnection connection, string synchronous)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA synchronous = {synchronous};";
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> SynchronousAsync(DbConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous;";
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }
}
