using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Commerce.Kernel.Persistence;

/// <summary>
/// Copies SQLite's write-ahead log into the database file from a connection of its own, every <see cref="Interval"/>.
/// Left to SQLite, that copy (a checkpoint, with its flush to disk) runs inside the <c>COMMIT</c> call that takes the
/// log past 1,000 pages, while its transaction still holds <see cref="SqliteWriteGate"/>, so every other write waits
/// for it. Here it runs beside the writers: a passive checkpoint takes no lock a writer needs.
/// <para>
/// A passive checkpoint never starts the log afresh; a writer does, when it finds everything in the log copied. Under
/// a steady stream of writes the background never quite catches up with that, so the log grows until a commit takes it
/// past <see cref="SqliteConnectionSettings.AutoCheckpointPages"/> pages: that commit's own checkpoint copies the little
/// the background has not, and the next writer starts the log afresh. That bounds the log (about 40 MB with 4 KiB
/// pages). Off when <c>Commerce:Database:SqliteBackgroundCheckpoints</c> is false: then the commits checkpoint every
/// 1,000 pages, as SQLite does by default. Each checkpoint is measured (<see cref="SqliteWriteMetrics.Checkpoint"/>).
/// </para>
/// </summary>
public sealed class SqliteCheckpointer(DatabaseSettings database, TimeProvider clock, ILogger<SqliteCheckpointer> logger)
    : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        var failing = false;
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    if (await CheckpointAsync(stoppingToken) is { InWriteAheadLogMode: false })
                    {
                        logger.LogInformation("The SQLite database is not in write-ahead log mode: no background checkpoints.");
                        return;
                    }

                    failing = false;
                }
                catch (Exception e) when (!stoppingToken.IsCancellationRequested)
                {
                    // Once per spell of failures: the commits' own checkpoints (past AutoCheckpointPages) bound the log meanwhile.
                    if (!failing) logger.LogWarning(e, "A background checkpoint of the SQLite write-ahead log failed; trying again every {Interval}.", Interval);
                    failing = true;
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>Checkpoints what the log holds, waiting for no one.</summary>
    public async Task<CheckpointResult> CheckpointAsync(CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        // The connection goes back to the pool the host's other connections share: it leaves it as they expect it.
        await SqliteConnectionSettings.For(database).ApplyAsync(connection, cancellationToken);

        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
        var started = Stopwatch.GetTimestamp();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var result = new CheckpointResult(Busy: reader.GetInt64(0) != 0, LogPages: reader.GetInt64(1), CheckpointedPages: reader.GetInt64(2));
        if (result is { Busy: false, InWriteAheadLogMode: true })
            SqliteWriteMetrics.RecordCheckpoint(started, Stopwatch.GetTimestamp(), result.LogPages, result.LogPages - result.CheckpointedPages);
        return result;
    }
}

/// <summary>
/// What <c>PRAGMA wal_checkpoint</c> answered: whether another checkpoint was running, the log's size in pages and how
/// many of them are in the database file. SQLite answers -1 pages when the database is not in write-ahead log mode.
/// </summary>
public sealed record CheckpointResult(bool Busy, long LogPages, long CheckpointedPages)
{
    public bool InWriteAheadLogMode => Busy || LogPages >= 0;
}
