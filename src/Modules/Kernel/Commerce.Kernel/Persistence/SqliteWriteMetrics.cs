using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Commerce.Kernel.Persistence;

/// <summary>
/// How SQLite's single writer is shared, as metrics of the meter <see cref="MeterName"/>, each tagged with the module's
/// DbContext (<c>context</c>): how long write transactions wait for <see cref="SqliteWriteGate"/>, how long they hold
/// it, and how long their commit takes; and how long the background checkpoints take (<see cref="SqliteCheckpointer"/>),
/// how large the log is at each and how much of it they could not copy. Watch them with
/// <c>dotnet-counters monitor -n Commerce.Host --counters Commerce.Sqlite</c> or any OpenTelemetry metrics exporter.
/// </summary>
public static class SqliteWriteMetrics
{
    public const string MeterName = "Commerce.Sqlite";

    private static readonly Meter Meter = new(MeterName);

    public static readonly Histogram<double> Wait = Meter.CreateHistogram<double>(
        "commerce.sqlite.write_gate.wait", "ms", "Time a write transaction waited for SQLite's write gate.");

    public static readonly Histogram<double> Held = Meter.CreateHistogram<double>(
        "commerce.sqlite.write_gate.held", "ms", "Time a write transaction held the gate: from BEGIN to the end of its commit or rollback.");

    public static readonly Histogram<double> Commit = Meter.CreateHistogram<double>(
        "commerce.sqlite.write_gate.commit", "ms", "Time a commit took: what is written as it commits, and the flush to disk.");

    public static readonly Histogram<double> Checkpoint = Meter.CreateHistogram<double>(
        "commerce.sqlite.checkpoint", "ms", "Time a background checkpoint took to copy the write-ahead log into the database file.");

    public static readonly Histogram<long> LogPages = Meter.CreateHistogram<long>(
        "commerce.sqlite.checkpoint.log_pages", "{page}",
        "Pages in the write-ahead log at a background checkpoint: its size on disk, until a writer starts it afresh.");

    public static readonly Histogram<long> UncopiedPages = Meter.CreateHistogram<long>(
        "commerce.sqlite.checkpoint.uncopied_pages", "{page}",
        "Pages a background checkpoint could not copy into the database file, as readers still used them: growing means checkpoints fall behind.");

    internal static void RecordCheckpoint(long since, long until, long logPages, long uncopiedPages)
    {
        if (Checkpoint.Enabled) Checkpoint.Record(Stopwatch.GetElapsedTime(since, until).TotalMilliseconds);
        LogPages.Record(logPages);
        UncopiedPages.Record(uncopiedPages);
    }

    internal static void Record(Histogram<double> histogram, long since, long until, string context)
    {
        if (histogram.Enabled) histogram.Record(Stopwatch.GetElapsedTime(since, until).TotalMilliseconds, new KeyValuePair<string, object?>("context", context));
    }
}
