using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Commerce.Kernel.Persistence;

/// <summary>
/// Queues this process's SQLite write transactions on an async gate, one database file at a time. SQLite has one writer;
/// a writer that finds the file locked sleeps in its busy handler (1, 2, 5, 10 … ms) and wakes late, so under load the
/// lock sits idle while writers sleep. Waiting here instead hands the file to the next writer the moment the last one
/// commits. Writers outside EF Core (the message store, Quartz) still meet the lock and fall back on the busy timeout.
/// A caller that answers someone waiting on a deadline (a store's webhook) can go ahead of the queue with
/// <see cref="Urgent"/>; background handlers queue behind it. How long writers wait and hold the gate is measured
/// (<see cref="SqliteWriteMetrics"/>).
/// </summary>
public sealed class SqliteWriteGate : TransactionEndInterceptor, IDbConnectionInterceptor
{
    public static readonly SqliteWriteGate Instance = new();

    private static readonly ConcurrentDictionary<string, PriorityGate> Gates = new(StringComparer.Ordinal);
    private static readonly ConditionalWeakTable<object, Hold> Held = new();
    private static readonly AsyncLocal<bool> IsUrgent = new();

    /// <summary>
    /// Write transactions begun in this async flow until the scope is disposed go ahead of every other waiting one.
    /// For short writes with a caller on a deadline only: a stream of them keeps background work waiting.
    /// </summary>
    public static IDisposable Urgent()
    {
        var before = IsUrgent.Value;
        IsUrgent.Value = true;
        return new UrgentScope(before);
    }

    private sealed class UrgentScope(bool before) : IDisposable
    {
        public void Dispose() => IsUrgent.Value = before;
    }

    public override InterceptionResult<DbTransaction> TransactionStarting(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        var gate = GateFor(connection);
        var waitingSince = Stopwatch.GetTimestamp();
        gate.Enter(IsUrgent.Value);
        Entered(gate, waitingSince, connection, eventData);
        return result;
    }

    public override async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result,
        CancellationToken cancellationToken = default)
    {
        var gate = GateFor(connection);
        var waitingSince = Stopwatch.GetTimestamp();
        await gate.EnterAsync(IsUrgent.Value, cancellationToken);
        Entered(gate, waitingSince, connection, eventData);
        return result;
    }

    private static void Entered(PriorityGate gate, long waitingSince, DbConnection connection, DbContextEventData eventData)
    {
        var hold = new Hold(gate, Stopwatch.GetTimestamp(), eventData.Context?.GetType().Name ?? "none");
        SqliteWriteMetrics.Record(SqliteWriteMetrics.Wait, waitingSince, hold.Since, hold.Context);
        Held.AddOrUpdate(Owner(connection, eventData), hold);
    }

    public override InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
    {
        Committing(Owner(transaction, eventData));
        return result;
    }

    public override ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData,
        InterceptionResult result, CancellationToken cancellationToken = default)
    {
        Committing(Owner(transaction, eventData));
        return ValueTask.FromResult(result);
    }

    private static void Committing(object owner)
    {
        if (Held.TryGetValue(owner, out var hold)) hold.CommittingSince = Stopwatch.GetTimestamp();
    }

    public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result) => result;

    protected override void Ended(DbTransaction transaction, DbContextEventData eventData, bool committed) =>
        Leave(Owner(transaction, eventData));

    // A transaction disposed without a commit or a rollback ends when its connection closes.
    InterceptionResult IDbConnectionInterceptor.ConnectionClosing(
        DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Leave(Owner(connection, eventData));
        return result;
    }

    ValueTask<InterceptionResult> IDbConnectionInterceptor.ConnectionClosingAsync(
        DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Leave(Owner(connection, eventData));
        return ValueTask.FromResult(result);
    }

    private static PriorityGate GateFor(DbConnection connection) =>
        Gates.GetOrAdd(connection.DataSource, _ => new PriorityGate());

    /// <summary>The DbContext whose transaction holds the gate (its connection and transaction change hands).</summary>
    private static object Owner(object fallback, DbContextEventData eventData) => eventData.Context ?? fallback;

    private static void Leave(object owner)
    {
        if (!Held.TryGetValue(owner, out var hold) || !Held.Remove(owner)) return;
        hold.Gate.Release();
        var now = Stopwatch.GetTimestamp();
        SqliteWriteMetrics.Record(SqliteWriteMetrics.Held, hold.Since, now, hold.Context);
        if (hold.CommittingSince is { } committing) SqliteWriteMetrics.Record(SqliteWriteMetrics.Commit, committing, now, hold.Context);
    }

    /// <summary>A transaction holding the gate: since when, for which DbContext, and since when it is committing.</summary>
    private sealed class Hold(PriorityGate gate, long since, string context)
    {
        public PriorityGate Gate { get; } = gate;
        public long Since { get; } = since;
        public string Context { get; } = context;
        public long? CommittingSince { get; set; }
    }
}
