using System.Data.Common;
using Commerce.IntegrationTests.Infrastructure;
using Commerce.Kernel;
using Commerce.Kernel.Persistence;
using Commerce.Orders.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Commerce.IntegrationTests.Persistence;

/// <summary>
/// SQLite's write-ahead log is copied into the database file in the background, not inside a commit while its
/// transaction holds the write gate: the host's connections checkpoint themselves only past a large log, which bounds it.
/// </summary>
[Collection(SqliteCollection.Name)]
public sealed class SqliteCheckpointerTests(SqliteApp fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task The_host_checkpoints_what_its_writes_logged_in_the_background()
    {
        using var measured = new MeasurementRecorder(SqliteWriteMetrics.MeterName);

        await Given.Warehouse();

        // A checkpoint that began after the writes and found everything in the log copied (readers may hold a page back
        // for a moment: a later checkpoint copies it).
        var written = measured.Of(SqliteWriteMetrics.LogPages.Name).Count;
        bool CopiedAll() => measured.Of(SqliteWriteMetrics.LogPages.Name).Skip(written)
            .Zip(measured.Of(SqliteWriteMetrics.UncopiedPages.Name).Skip(written))
            .Any(checkpoint => checkpoint.First.Value > 0 && checkpoint.Second.Value == 0);
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!CopiedAll() && waited.Elapsed < TimeSpan.FromSeconds(30)) await Task.Delay(50);
        Assert.True(CopiedAll(), "no background checkpoint after the writes copied the whole write-ahead log");
    }

    [Fact]
    public async Task The_hosts_connections_leave_checkpoints_to_the_background_until_the_log_is_large()
    {
        Assert.Contains(App.Services.GetServices<IHostedService>(), service => service is SqliteCheckpointer);
        Assert.Equal(SqliteConnectionSettings.AutoCheckpointPages, await AutoCheckpointPagesAsync(App));
    }

    [Fact]
    public async Task Wolverines_connections_leave_checkpoints_to_the_background_too()
    {
        await using var connection = await App.Services.GetRequiredService<Weasel.Sqlite.SqliteDataSource>().OpenConnectionAsync();

        Assert.Equal(SqliteConnectionSettings.AutoCheckpointPages, await PragmaAsync(connection, "wal_autocheckpoint"));
    }

    [Fact]
    public async Task Turned_off_the_commits_checkpoint_as_SQLite_does_by_default()
    {
        await using var app = await CommerceApp.StartAsync(DatabaseProvider.Sqlite,
            settings: new Dictionary<string, string> { ["Commerce:Database:SqliteBackgroundCheckpoints"] = "false" });

        Assert.DoesNotContain(app.Services.GetServices<IHostedService>(), service => service is SqliteCheckpointer);
        Assert.Equal(SqliteConnectionSettings.SqliteDefaultAutoCheckpointPages, await AutoCheckpointPagesAsync(app));
    }

    private static async Task<long> AutoCheckpointPagesAsync(CommerceApp app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<OrdersDbContext>();
        await db.Database.OpenConnectionAsync();
        try
        {
            return await PragmaAsync(db.Database.GetDbConnection(), "wal_autocheckpoint");
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    [Fact]
    public Task A_database_not_in_write_ahead_log_mode_is_left_alone() => InTemporaryDatabaseAsync(async settings =>
    {
        await using (var connection = new SqliteConnection(settings.ConnectionString))
        {
            await connection.OpenAsync();
            await ExecuteAsync(connection, "PRAGMA journal_mode = DELETE; CREATE TABLE t (id INTEGER PRIMARY KEY);");
        }

        var result = await Checkpointer(settings).CheckpointAsync(CancellationToken.None);

        Assert.False(result.InWriteAheadLogMode);
    });

    [Fact]
    public Task A_checkpoint_copies_every_committed_page_into_the_file_while_a_writer_holds_the_lock() =>
        InTemporaryDatabaseAsync(async settings =>
        {
            await using var writer = new SqliteConnection(settings.ConnectionString);
            await writer.OpenAsync();
            await CheckpointBesideAWriterAsync(settings, writer);
        });

    /// <summary>Runs <paramref name="test"/> on a database file of its own (unpooled, so that the folder can go).</summary>
    private static async Task InTemporaryDatabaseAsync(Func<DatabaseSettings, Task> test)
    {
        var folder = Directory.CreateTempSubdirectory("commerce-checkpoint-");
        try
        {
            await test(new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder.FullName, "db.sqlite")};Pooling=False"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task CheckpointBesideAWriterAsync(DatabaseSettings settings, SqliteConnection writer)
    {
        await ExecuteAsync(writer, "PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0; CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT NOT NULL);");
        for (var i = 0; i < 200; i++) await ExecuteAsync(writer, $"INSERT INTO t (body) VALUES ('{new string('x', 500)}');");

        // A writer mid-transaction does not stop a passive checkpoint of what is already committed.
        await ExecuteAsync(writer, "BEGIN IMMEDIATE; INSERT INTO t (body) VALUES ('uncommitted');");
        var (busy, logPages, checkpointed) = await Checkpointer(settings).CheckpointAsync(CancellationToken.None);
        await ExecuteAsync(writer, "COMMIT;");

        Assert.False(busy);
        Assert.True(logPages > 10, $"the log held {logPages} pages");
        Assert.Equal(logPages, checkpointed);
    }

    private static SqliteCheckpointer Checkpointer(DatabaseSettings settings) =>
        new(settings, TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<SqliteCheckpointer>.Instance);

    private static async Task ExecuteAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> PragmaAsync(DbConnection connection, string pragma)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {pragma};";
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }
}
