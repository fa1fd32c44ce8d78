using System.Data.Common;
using System.Reflection;
using Wolverine;
using Wolverine.RDBMS;
using Wolverine.Runtime;

namespace Commerce.Kernel.Persistence;

/// <summary>
/// The inbox rows of the message being handled (of each message, for a batch), to be marked handled inside the
/// handler's own transaction instead of by Wolverine in a write of its own once the handler has returned.
/// <para>
/// Wolverine's own write is a transaction of its own per message or batch: on SQLite it takes the only write lock
/// outside <see cref="SqliteWriteGate"/>, waits for the disk, and makes the next gated writer sleep in SQLite's busy
/// handler. In the handler's transaction it costs one short UPDATE per message, and the handler's work and the
/// message's completion commit together or not at all. Envelopes not persisted in the inbox are left to Wolverine.
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

    private readonly IMessageDatabase _database;
    private readonly TimeSpan _keepAfterHandling;

    private InboxCompletion(IMessageDatabase database, TimeSpan keepAfterHandling, IReadOnlyList<Envelope> envelopes)
    {
        _database = database;
        _keepAfterHandling = keepAfterHandling;
        Envelopes = envelopes;
    }

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
        return inInbox.Length == 0 ? null : new InboxCompletion(database, runtime.Options.Durability.KeepAfterMessageHandling, inInbox);
    }

    internal async Task WriteAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var keepUntil = DateTimeOffset.UtcNow.Add(_keepAfterHandling);
        foreach (var envelope in Envelopes)
            await _database.MarkIncomingEnvelopeAsHandledInTransactionAsync(connection, transaction, envelope, keepUntil, cancellationToken);
    }

    /// <summary>After the commit: Wolverine sees the messages handled and writes nothing more for them.</summary>
    internal void Committed()
    {
        foreach (var envelope in Envelopes) envelope.Status = EnvelopeStatus.Handled;
    }
}
