using System.Collections.Concurrent;
using System.Data.Common;
using System.Reflection;
using System.Text;
using Weasel.Core;
using Wolverine;
using Wolverine.RDBMS;
using Wolverine.Runtime;
using Wolverine.Transports;

namespace Commerce.Kernel.Persistence;

/// <summary>
/// The inbox rows of the message being handled (of each message, for a batch), to be completed inside the handler's own
/// transaction instead of by Wolverine in a write of its own once the handler has returned.
/// <para>
/// Wolverine's own write is a transaction of its own per message or batch: on SQLite it takes the only write lock
/// outside <see cref="SqliteWriteGate"/>, waits for the disk, and makes the next gated writer sleep in SQLite's busy
/// handler. In the handler's transaction it costs one statement per batch (per destination and 500 messages), and the
/// handler's work and the messages' completion commit together or not at all. Envelopes not persisted in the inbox are
/// left to Wolverine.
/// </para>
/// <para>
/// A local queue's rows are deleted. Wolverine marks a handled message's row and keeps it for a while, so that a broker's
/// redelivery of it is dropped, then deletes it in a sweep; a local queue's message is stored once, by its sender, and
/// nothing delivers it again. Kept, each row was written three times (stored, marked, swept), and the sweep deleted
/// thousands of rows at once while holding SQLite's write lock outside the gate. A message from elsewhere is marked
/// handled and kept, as Wolverine does.
/// </para>
/// <para>
/// Only for a handler whose transaction is its whole work (one save): once its rows are marked, the message is never
/// handled again, not even after a crash.
/// </para>
/// </summary>
public sealed class InboxCompletion
{
    // Wolverine keeps a batch's messages in an internal property. Without it (a Wolverine upgrade), batches are
    // completed by Wolverine as before; InboxCompletionTests fails so that it is noticed.
    private static readonly Func<Envelope, Envelope[]?>? BatchMembers =
        typeof(Envelope).GetProperty("Batch", BindingFlags.Instance | BindingFlags.NonPublic)?.GetMethod
            ?.CreateDelegate<Func<Envelope, Envelope[]?>>();

    // The inbox table Wolverine marks messages handled in (what its own statement updates), by message store type.
    // Without it (a Wolverine upgrade), or with the inbox partitioned, each message is marked by Wolverine's own
    // statement, one at a time; InboxCompletionTests fails so that it is noticed.
    private static readonly ConcurrentDictionary<Type, PropertyInfo?> InboxTables = new();

    /// <summary>SQLite allows 32,766 parameters to a statement, PostgreSQL 65,535: far more than a batch of messages.</summary>
    private const int MaxMessagesPerStatement = 500;

    private readonly IMessageDatabase _database;
    private readonly TimeSpan _keepAfterHandling;
    private readonly string? _inboxTable;

    private InboxCompletion(IMessageDatabase database, DurabilitySettings durability, IReadOnlyList<Envelope> envelopes)
    {
        _database = database;
        _keepAfterHandling = durability.KeepAfterMessageHandling;
        _inboxTable = durability.EnableInboxPartitioning ? null : InboxTableOf(database);
        Envelopes = envelopes;
    }

    /// <summary>Whether the messages are completed by one statement per destination rather than by one per message.</summary>
    public bool MarksBatchesAtOnce => _inboxTable is not null;

    private IReadOnlyList<Envelope> Envelopes { get; }

    /// <summary>The message (or batch) <paramref name="context"/> is handling, or null when there is nothing to mark here.</summary>
    public static InboxCompletion? Of(IMessageContext context)
    {
        if (context is not MessageBus { Runtime: var runtime } || context.Envelope is not { } envelope) return null;
        return For(envelope, runtime);
    }

    /// <summary><paramref name="envelope"/>'s inbox row (its messages' rows, for a batch), or null when none is in the inbox.</summary>
    public static InboxCompletion? For(Envelope envelope, IWolverineRuntime runtime)
    {
        if (runtime.Storage is not IMessageDatabase database) return null;
        var members = BatchMembers?.Invoke(envelope) ?? [envelope];
        var inInbox = members.Where(e => e.WasPersistedInInbox && e.Status != EnvelopeStatus.Handled).ToArray();
        return inInbox.Length == 0 ? null : new InboxCompletion(database, runtime.Options.Durability, inInbox);
    }

    internal async Task WriteAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var keepUntil = DateTimeOffset.UtcNow.Add(_keepAfterHandling);
        if (_inboxTable is not { } table)
        {
            foreach (var envelope in Envelopes)
                await _database.MarkIncomingEnvelopeAsHandledInTransactionAsync(connection, transaction, envelope, keepUntil, cancellationToken);
            return;
        }

        foreach (var destination in Envelopes.GroupBy(e => e.Destination!))
        {
            foreach (var chunk in destination.Chunk(MaxMessagesPerStatement))
                await CompleteAsync(connection, transaction, table, destination.Key, chunk, keepUntil, cancellationToken);
        }
    }

    /// <summary>
    /// Wolverine's own statement (<see cref="IMessageDatabase.MarkIncomingEnvelopeAsHandledInTransactionAsync"/>: the row
    /// of this id received at this destination), for many ids at once, or its delete for a local queue. On SQLite,
    /// preparing a statement costs more than running it: a batch of 200 messages prepares one.
    /// </summary>
    private static async Task CompleteAsync(DbConnection connection, DbTransaction transaction, string table, Uri destination,
        Envelope[] envelopes, DateTimeOffset keepUntil, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var sql = new StringBuilder();
        // Parameters bound as Wolverine binds its own statement's (Weasel's With).
        if (destination.Scheme == TransportConstants.Local)
        {
            sql.Append($"delete from {table}");
        }
        else
        {
            sql.Append($"update {table} set status = '{EnvelopeStatus.Handled}', keep_until = @keepUntil, owner_id = {TransportConstants.AnyNode}");
            command.With("keepUntil", (DateTimeOffset?)keepUntil);
        }

        sql.Append(" where received_at = @destination and id in (");
        command.With("destination", destination.ToString());
        for (var i = 0; i < envelopes.Length; i++)
        {
            sql.Append(i == 0 ? "@id0" : $", @id{i}");
            command.With($"id{i}", envelopes[i].Id);
        }

        command.CommandText = sql.Append(')').ToString();
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string? InboxTableOf(IMessageDatabase database) =>
        InboxTables.GetOrAdd(database.GetType(), type => type.GetProperty("MarkAsHandledTableName", BindingFlags.Instance | BindingFlags.NonPublic))
            ?.GetValue(database) as string;

    /// <summary>After the commit: Wolverine sees the messages handled and writes nothing more for them.</summary>
    internal void Committed()
    {
        foreach (var envelope in Envelopes) envelope.Status = EnvelopeStatus.Handled;
    }
}
