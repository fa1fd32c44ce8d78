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
/// </list>
/// </summary>
public sealed class SqliteConnectionSettings : DbConnectionInterceptor
{
    private static readonly SqliteConnectionSettings FullSync = new(SqliteSynchronous.Full);
    private static readonly SqliteConnectionSettings NormalSync = new(SqliteSynchronous.Normal);

    private readonly string _pragmas;

    private SqliteConnectionSettings(SqliteSynchronous synchronous) =>
        _pragmas = $"PRAGMA busy_timeout = 30000; PRAGMA synchronous = {synchronous.ToString().ToUpperInvariant()};";

    public static SqliteConnectionSettings For(SqliteSynchronous synchronous) =>
        synchronous == SqliteSynchronous.Normal ? NormalSync : FullSync;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = _pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = _pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
