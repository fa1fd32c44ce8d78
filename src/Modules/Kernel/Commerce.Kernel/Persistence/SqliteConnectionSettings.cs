using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Commerce.Kernel.Persistence;

/// <summary>
/// What every EF Core connection to SQLite is set to, each time it is opened.
/// <list type="bullet">
/// <item>A busy timeout, so that SQLite itself waits for a busy database file. Without one, SQLite answers "busy" at
/// once and Microsoft.Data.Sqlite sleeps 150 ms before it tries again, so two writers a millisecond apart cost 150 ms.</item>
/// <item>How durable a commit is (<see cref="SqliteSynchronous"/>; by default flushed to disk before it returns, so
/// nothing the host has accepted is lost in a power cut). It must be said on every open: Microsoft.Data.Sqlite pools
/// connections by connection string, and a pooled connection keeps what its last user set (Wolverine's pragmas say the
/// same).</item>
/// <item>Checkpoints left to <see cref="SqliteCheckpointer"/>, in the background, until the write-ahead log reaches
/// <see cref="AutoCheckpointPages"/> pages (SQLite's default is 1,000, kept when background checkpoints are off): below
/// that, no commit pays for one.</item>
/// </list>
/// </summary>
public sealed class SqliteConnectionSettings : DbConnectionInterceptor
{
    // One instance per combination: EF Core builds a service provider per distinct set of interceptors.
    private static readonly ConcurrentDictionary<(SqliteSynchronous, bool), SqliteConnectionSettings> Instances = new();

    /// <summary>The log's size at which a commit checkpoints it itself, should the background checkpoints fall behind.</summary>
    public const int AutoCheckpointPages = 10_000;

    /// <summary>SQLite's own threshold, for when checkpoints are not left to the background.</summary>
    public const int SqliteDefaultAutoCheckpointPages = 1_000;

    private readonly string _pragmas;

    private SqliteConnectionSettings(DatabaseSettings database) =>
        _pragmas = $"PRAGMA busy_timeout = 30000; PRAGMA synchronous = {database.SqliteSynchronous.ToString().ToUpperInvariant()}; " +
                   $"PRAGMA wal_autocheckpoint = {AutoCheckpointPagesFor(database)};";

    public static SqliteConnectionSettings For(DatabaseSettings database) =>
        Instances.GetOrAdd((database.SqliteSynchronous, database.SqliteBackgroundCheckpoints), _ => new(database));

    /// <summary>The log's size at which a commit checkpoints it itself, with these settings.</summary>
    public static int AutoCheckpointPagesFor(DatabaseSettings database) =>
        database.SqliteBackgroundCheckpoints ? AutoCheckpointPages : SqliteDefaultAutoCheckpointPages;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = _pragmas;
        command.ExecuteNonQuery();
    }

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData,
        CancellationToken cancellationToken = default) => ApplyAsync(connection, cancellationToken);

    /// <summary>Sets an open connection as every connection of the host's pool must be, also one opened outside EF Core.</summary>
    public async Task ApplyAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = _pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
