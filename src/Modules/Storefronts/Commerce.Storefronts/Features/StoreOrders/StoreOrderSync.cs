using Commerce.Kernel;
using System.Text.Json;
using Commerce.Integrations.Abstractions.Storefronts;
using Commerce.Orders.Contracts;
using Commerce.Storefronts.Contracts;
using Commerce.Storefronts.Data;
using Commerce.Storefronts.Domain;
using Commerce.Storefronts.Stores;
using Microsoft.EntityFrameworkCore;
using Wolverine;

namespace Commerce.Storefronts.Features.StoreOrders;

/// <summary>What applying one store event did, and the messages it cascades to the Orders module.</summary>
public sealed record SyncResult(DeliveryStatus Status, string Outcome, string? ExternalOrderId, OutgoingMessages Messages)
{
    public static SyncResult Ignored(string outcome, string? externalOrderId = null) => new(DeliveryStatus.Ignored, outcome, externalOrderId, []);

    public static SyncResult Failed(string reason, string? externalOrderId = null) => new(DeliveryStatus.Failed, reason, externalOrderId, []);
}

/// <summary>
/// The one idempotent path from a store's view of an order to ours, for webhooks and reconciliation alike. A state no
/// newer than the one applied changes nothing; a new order is placed once (Orders is idempotent on channel and
/// external id too); a cancellation is sent once; lines changed after placing hold the order for review, once per
/// difference. Callers run on the sequential inbox queue, so two events of the same
/// order never race; on several nodes the unique key and the record's revision settle it (the host retries the loser).
/// </summary>
public static class StoreOrderSync
{
    public static async Task<SyncResult> ApplyAsync(
        StorefrontsDbContext db, StoreConnection store, StoreOrder order, string source, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var externalId = order?.ExternalId?.Trim();
        if (order is null || string.IsNullOrEmpty(externalId)) return SyncResult.Failed("The store order has no id.");
        var updatedAt = Instants.ToMilliseconds(order.UpdatedAt);
        var record = await FindAsync(db, store.Id, externalId, cancellationToken);
        if (record is not null && !record.IsNewer(updatedAt))
        {
            return SyncResult.Ignored(
                $"Order {externalId}: the store's update of {updatedAt:O} is not newer than the one applied ({record.StoreUpdatedAt:O}); nothing changed.",
                externalId);
        }

        if (record is { Placed: false, Cancelled: true })
        {
            record.Apply(order.Number, order.Status, updatedAt, source, now);
            return SyncResult.Ignored($"Order {externalId} was cancelled or deleted in the store before it could be placed; it stays unplaced.", externalId);
        }

        var messages = new OutgoingMessages();
        string outcome;
        if (record is null)
        {
            var (place, lines, problems) = StoreOrderMapping.ToPlaceOrder(store, order);
            record = new StoreOrderRecord { StoreId = store.Id, ExternalId = externalId, FirstSeenAt = now };
            if (place is null)
            {
                if (!order.Cancelled)
                    return SyncResult.Failed($"Order {externalId} cannot be placed: {string.Join("; ", problems)}.", externalId);

                // Nothing to fulfil; remembered so that a late, older delivery does not place it.
                record.Cancel();
                record.Apply(order.Number, order.Status, updatedAt, source, now);
                db.StoreOrders.Add(record);
                return new SyncResult(DeliveryStatus.Processed,
                    $"Order {externalId} was cancelled in the store before it could be placed ({string.Join("; ", problems)}); recorded, nothing to fulfil.",
                    externalId, []);
            }

            record.Place(lines.Select(l => new StoreOrderLineRecord
            {
                RecordId = record.Id, LineNumber = l.LineNumber, ExternalLineId = l.ExternalLineId.Truncate(100), Sku = l.Sku,
                Title = l.Title.Truncate(200), Quantity = l.Quantity,
            }));
            db.StoreOrders.Add(record);
            messages.Add(place);
            outcome = $"Placed order {externalId} with {lines.Count} line(s)";
        }
        else
        {
            outcome = $"Order {externalId} updated (store status '{order.Status}')";
            outcome += await LinesChangedAsync(db, store, record, order, messages, cancellationToken);
            if (record.Cancelled && !order.Cancelled)
                outcome += "; the store reopened it, but a cancelled order stays cancelled here";
        }

        if (order.Cancelled && !record.Cancelled)
        {
            // Orders handles PlaceOrder and CancelChannelOrder on one sequential queue: a first-seen cancelled order is
            // placed, then cancelled, so it is on record.
            record.Cancel();
            messages.Add(new CancelChannelOrder(store.Channel, externalId, CancelReason(order.CancelReason)));
            outcome += "; cancelled";
        }

        record.Apply(order.Number, order.Status, updatedAt, source, now);
        return new SyncResult(DeliveryStatus.Processed, outcome + ".", externalId, messages);
    }

    /// <summary>The store deleted the order: a cancellation, whatever the order of deliveries (a deletion is final).</summary>
    public static async Task<SyncResult> DeleteAsync(
        StorefrontsDbContext db, StoreConnection store, StoreOrderDeleted deleted, string source, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var externalId = deleted.ExternalId?.Trim();
        if (string.IsNullOrEmpty(externalId)) return SyncResult.Failed("The deletion names no order.");
        var at = Instants.ToMilliseconds(deleted.At);
        var record = await FindAsync(db, store.Id, externalId, cancellationToken);
        if (record is null)
        {
            record = new StoreOrderRecord { StoreId = store.Id, ExternalId = externalId, FirstSeenAt = now };
            record.Cancel();
            record.Apply(null, "deleted", at, source, now);
            db.StoreOrders.Add(record);
            return new SyncResult(DeliveryStatus.Processed,
                $"Order {externalId} was deleted before it was seen here; recorded so that a late delivery does not place it.", externalId, []);
        }

        if (record.Cancelled) return SyncResult.Ignored($"Order {externalId} was deleted in the store; it was cancelled already.", externalId);
        record.Cancel();
        record.Apply(record.Number, "deleted", at, source, now);
        return new SyncResult(DeliveryStatus.Processed, $"Order {externalId} was deleted in the store; cancelled.", externalId,
            [new CancelChannelOrder(store.Channel, externalId, "Deleted in the store")]);
    }

    /// <summary>Records a store refund once, with our line numbers where the order was placed here, and announces it.</summary>
    public static async Task<SyncResult> RecordRefundAsync(
        StorefrontsDbContext db, StoreConnection store, StoreRefundCreated refund, Guid? deliveryId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var externalId = refund.ExternalOrderId?.Trim();
        var refundId = refund.RefundId?.Trim();
        if (string.IsNullOrEmpty(externalId) || string.IsNullOrEmpty(refundId))
            return SyncResult.Failed("The refund names no order or has no id.");
        if (await db.Refunds.AnyAsync(r => r.StoreId == store.Id && r.RefundId == refundId, cancellationToken))
            return SyncResult.Ignored($"Refund {refundId} of order {externalId} was recorded already.", externalId);

        var record = await FindAsync(db, store.Id, externalId, cancellationToken);
        var lines = (refund.Lines ?? []).OfType<StoreRefundLine>().Select(l =>
        {
            var ours = record?.Lines.FirstOrDefault(x => x.ExternalLineId == l.ExternalLineId);
            return new StoreRefundedLine(l.ExternalLineId ?? "", ours?.LineNumber, ours?.Sku ?? l.Sku, l.Quantity, l.Restock);
        }).ToList();
        var currency = (refund.Currency ?? "").Trim().ToUpperInvariant().Truncate(3);
        var at = Instants.ToMilliseconds(refund.At);
        db.Refunds.Add(new StoreRefund
        {
            StoreId = store.Id, ExternalOrderId = externalId.Truncate(100), RefundId = refundId.Truncate(100), Amount = refund.Amount,
            Currency = currency, Reason = refund.Reason?.Truncate(500), At = at, Lines = JsonSerializer.Serialize(lines, Json),
            ReceivedAt = now, DeliveryId = deliveryId,
        });
        OutgoingMessages messages = [new StoreRefundReceived(store.Id, store.Channel, externalId, refundId, refund.Amount, currency, refund.Reason, at, lines)];
        var outcome = $"Refund {refundId} of {refund.Amount} {currency} on order {externalId} recorded";
        if (RefundMarker.Find(refund.Reason) is { } ours) outcome += $"; it is refund {ours}, decided here and pushed to the store";
        else if (record is { Placed: true })
        {
            // The store refunded its customer itself: Orders counts it against what is left to refund here.
            messages.Add(new RecordChannelRefund(store.Channel, externalId, refundId, refund.Amount, currency, refund.Reason, at,
                lines.Where(l => l is { LineNumber: not null, Quantity: > 0 }).Select(l => new RefundLineRequest(l.LineNumber!.Value, l.Quantity)).ToList()));
        }

        return new SyncResult(DeliveryStatus.Processed, outcome + ".", externalId, messages);
    }

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static Task<StoreOrderRecord?> FindAsync(StorefrontsDbContext db, string storeId, string externalId, CancellationToken cancellationToken) =>
        db.StoreOrders.Include(o => o.Lines).SingleOrDefaultAsync(o => o.StoreId == storeId && o.ExternalId == externalId, cancellationToken);

    /// <summary>The longest hold reason Orders keeps.</summary>
    private const int MaxHoldReason = 500;

    /// <summary>
    /// Lines the store changed after the order was placed are not applied here (what to ship is a person's call): the
    /// order is held for review, with what changed, once per difference. An order cancelled, or part of which has shipped,
    /// is not held: the difference is only recorded. Returns what to add to the delivery's outcome.
    /// </summary>
    private static async Task<string> LinesChangedAsync(
        StorefrontsDbContext db, StoreConnection store, StoreOrderRecord record, StoreOrder order, OutgoingMessages messages,
        CancellationToken cancellationToken)
    {
        if (!record.Placed) return "";
        var changes = LineChanges.Between(record.Lines.Select(l => (l.Sku, l.Quantity)), order.Lines);
        var described = changes.Count > 0 ? LineChanges.Describe(changes, 1000) : null;
        var noted = record.LineChanges;
        if (!record.NoteLineChanges(described))
        {
            if (described is not null) return $"; its lines still differ from those placed ({described}), as noted before";
            return noted is null ? "" : "; its lines are as placed again (a hold stays until someone releases it)";
        }

        if (record.Cancelled || order.Cancelled) return $"; its lines changed in the store ({described}), but it is cancelled";
        if (await db.FulfillmentPushes.AnyAsync(f => f.StoreId == store.Id && f.ExternalOrderId == record.ExternalId, cancellationToken))
            return $"; its lines changed in the store after part of it shipped ({described}): recorded, not held";

        messages.Add(new HoldChannelOrder(store.Channel, record.ExternalId, LineChanges.HoldReason(changes, MaxHoldReason)));
        return $"; its lines changed in the store after it was placed ({described}): the order is held for review";
    }

    private static string CancelReason(string? reason) =>
        string.IsNullOrWhiteSpace(reason) ? "Cancelled in the store" : $"Cancelled in the store: {reason.Trim()}".Truncate(200);
}
