using Commerce.Storefronts.Data;
using Commerce.Storefronts.Domain;
using Microsoft.EntityFrameworkCore;
using Wolverine.Attributes;

namespace Commerce.Storefronts.Features.Webhooks;

/// <summary>Process the inbox's pending deliveries, oldest first (sent by <see cref="InboxSignal"/>; repeats are harmless).</summary>
public sealed record DrainInbox;

/// <summary>A delivery waiting in the inbox, and since when.</summary>
public sealed record PendingDelivery(Guid Id, DateTimeOffset ReceivedAt);

/// <summary>
/// Works through the inbox on the sequential inbox queue, where reconciliation's pages are applied too, so two events
/// of one order never race. The inbox row is the durable record of a delivery: nothing else needs to survive a restart
/// for it to be processed.
/// </summary>
public static class DrainInboxHandler
{
    /// <summary>Deliveries read per drain; the drain asks for another when it found this many.</summary>
    internal const int ReadSize = 100;

    /// <summary>
    /// Applies the pending deliveries in order, several to a transaction: each delivery's changes are saved before the
    /// next is read (so a repeat within the batch sees the first), and the messages they cascade commit with them. When
    /// a batch fails, its deliveries are applied one at a time; one that still fails for a reason of its own is marked
    /// Failed with the reason, and the rest go on. A database that is down or busy fails the drain, which is retried.
    /// </summary>
    [NonTransactional]
    public static async Task<DrainInbox?> Handle(
        DrainInbox _, StorefrontsDbContext db, InboxDrain drain, InboxSignal signal, CancellationToken cancellationToken)
    {
        signal.Draining();
        var pending = await db.Deliveries.AsNoTracking().Where(d => d.Status == DeliveryStatus.Pending)
            .OrderBy(d => d.ReceivedAt).ThenBy(d => d.Id).Select(d => new PendingDelivery(d.Id, d.ReceivedAt)).Take(ReadSize)
            .ToListAsync(cancellationToken);
        await drain.ApplyAsync(pending, cancellationToken);
        return pending.Count == ReadSize && signal.TryQueue() ? new DrainInbox() : null;
    }
}
