using Commerce.Kernel;
using Commerce.Integrations.Abstractions.Storefronts;
using Commerce.Orders.Contracts;
using Commerce.Storefronts.Data;
using Commerce.Storefronts.Domain;
using Commerce.Storefronts.Stores;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wolverine;
using Wolverine.Attributes;

namespace Commerce.Storefronts.Features.Outbound;

/// <summary>Tell the store that part of its order shipped; <see cref="Attempt"/> counts from 1.</summary>
public sealed record PushFulfillment(string StoreId, FulfillmentPush Push, int Attempt);

/// <summary>What the store said to a fulfillment push, and what follows from it (see <see cref="PushRetries"/>).</summary>
public sealed record FulfillmentPushAttempted(
    string StoreId, FulfillmentPush Push, int Attempt, StoreCallResult Result, PushAttemptOutcome Outcome, string? Decision);

public static class OrderPartShippedHandler
{
    /// <summary>
    /// A part of an order from a store shipped: the store is told, through the outbox, with our shipment id as the
    /// fulfillment id and the store's own line ids. Orders from other channels, and repeats, change nothing.
    /// </summary>
    public static async Task<OutgoingMessages> Handle(
        OrderPartShipped shipped, StorefrontsDbContext db, StoreRegistry stores, TimeProvider clock, CancellationToken cancellationToken)
    {
        var store = stores.ForChannel(shipped.Channel);
        if (store is null || !store.Can(StorefrontCapabilities.PushFulfillment)) return [];
        if (await db.FulfillmentPushes.AnyAsync(f => f.ShipmentId == shipped.ShipmentId, cancellationToken)) return [];

        var record = await db.StoreOrders.AsNoTracking().Include(o => o.Lines)
            .SingleOrDefaultAsync(o => o.StoreId == store.Id && o.ExternalId == shipped.ExternalId, cancellationToken);
        var lines = shipped.Lines
            .Select(l => new FulfillmentPushLine(record?.LineFor(l.LineNumber, l.Sku)?.ExternalLineId, l.Sku, l.Quantity))
            .ToList();
        var tracking = shipped.Packages.Where(p => !string.IsNullOrWhiteSpace(p.TrackingNumber)).ToList();
        // The push carries one tracking number (the contract's); the others are kept with the record.
        var push = new FulfillmentPush(shipped.ShipmentId.ToString(), shipped.ExternalId, shipped.Carrier,
            tracking.FirstOrDefault()?.TrackingNumber ?? "", tracking.FirstOrDefault()?.TrackingUrl, lines);
        db.FulfillmentPushes.Add(new FulfillmentPushRecord
        {
            StoreId = store.Id, ShipmentId = shipped.ShipmentId, ExternalOrderId = shipped.ExternalId,
            TrackingNumbers = string.Join(", ", tracking.Select(t => t.TrackingNumber)).Truncate(500), CreatedAt = clock.GetUtcNow(),
        });
        return [new PushFulfillment(store.Id, push, 1)];
    }
}

public static class PushFulfillmentHandler
{
    /// <summary>
    /// Calls the store outside any transaction. An unavailable store is asked again after the next of
    /// Commerce:Storefronts:PushRetryDelays (a durable scheduled message); a refusal is not. The outcome of every attempt is
    /// recorded by <see cref="FulfillmentPushAttemptedHandler"/>: an error policy would lose it with a rolled-back transaction.
    /// </summary>
    [NonTransactional]
    public static async Task<OutgoingMessages> Handle(
        PushFulfillment command, StoreRegistry stores, IOptions<StorefrontOptions> options, TimeProvider clock, CancellationToken cancellationToken)
    {
        var result = await StoreCalls.RunAsync(stores, command.StoreId,
            store => store.Connector.PushFulfillmentAsync(store.Account, command.Push, cancellationToken), clock, cancellationToken);
        return PushRetries.AfterCall(result, command.Attempt, options.Value.RetryDelays,
            (outcome, decision) => new FulfillmentPushAttempted(command.StoreId, command.Push, command.Attempt, result, outcome, decision),
            () => command with { Attempt = command.Attempt + 1 });
    }
}

public static class FulfillmentPushAttemptedHandler
{
    /// <summary>Records the attempt and where the fulfillment stands; a redelivered outcome records nothing twice.</summary>
    public static Task Handle(FulfillmentPushAttempted attempted, StorefrontsDbContext db, CancellationToken cancellationToken)
    {
        var shipmentId = Guid.TryParse(attempted.Push.FulfillmentId, out var id) ? id : Guid.Empty;
        return PushRetries.RecordAsync(db, attempted.StoreId, PushOperation.Fulfillment, attempted.Push.FulfillmentId, attempted.Attempt,
            attempted.Result, attempted.Outcome, $"order {attempted.Push.ExternalOrderId}, {attempted.Push.Carrier} {attempted.Push.TrackingNumber}",
            attempted.Decision, db.FulfillmentPushes.Where(f => f.ShipmentId == shipmentId),
            cancellationToken);
    }
}
