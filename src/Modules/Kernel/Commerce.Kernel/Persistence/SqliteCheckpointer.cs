using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Commerce.Kernel.Persistence;

/// <summary>
/// Copies SQLite's write-ahead log back into the database file from a connection of its own, every
/// <see cref="Interval"/>. Left to SQLite, that copy (a checkpoint, with its flush to disk) runs inside whichever commit
/// takes the log past 1,000 pages, while that transaction still holds the file's single writer and
/// <see cref="SqliteWriteGate"/>, so every other write waits for it. A passive checkpoint needs no write lock: here it
/// runs beside the writers. The host's connections leave it to this service up to a log of
/// <see cref="SqliteConnectionSettings.AutoCheckpointPages"/> pages, where SQLite takes over again should this service
/// fall behind. How long each checkpoint takes is measured (<see cref="SqliteWriteMetrics.Checkpoint"/>). Off when
/// <c>Commerce:Database:SqliteBackgroundCheckpoints</c> is false: then the commits checkpoint, as SQLite does by default.
/// </summary>
public sealed class SqliteCheckpointer(DatabaseSettings database, TimeProvider clock, ILogger<SqliteCheckpointer> logger)
    : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (database.Provider != DatabaseProvider.Sqlite) return;

        using var timer = new PeriodicTimer(Interval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await CheckpointAsync(stoppingToken);
                }
                catch (SqliteException e)
                {
                    // SQLite's own checkpoints (past AutoCheckpointPages) keep the log bounded meanwhile.
                    logger.LogWarning(e, "A background checkpoint of the SQLite write-ahead log failed; trying again in {Interval}.", Interval);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>Checkpoints what the log holds without waiting for anyone; returns the log's size in pages and how many are now in the file.</summary>
    public async Task<(long LogPages, long CheckpointedPages)> CheckpointAsync(CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA synchronous = {database.SqliteSynchronous.ToString().ToUpperInvariant()}; PRAGMA wal_checkpoint(PASSIVE);";
        var started = Stopwatch.GetTimestamp();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var (logPages, checkpointed) = (reader.GetInt64(1), reader.GetInt64(2));
        SqliteWriteMetrics.RecordCheckpoint(started, Stopwatch.GetTimestamp(), logPages);
        return (logPages, checkpointed);
    }
}
