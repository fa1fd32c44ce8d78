using Commerce.Kernel.Auditing;
using Commerce.Orders.Contracts;
using Commerce.Orders.Data;
using Commerce.Orders.Features.Queries;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Wolverine;
using Wolverine.EntityFrameworkCore;

namespace Commerce.Orders.Features.PlaceOrder;

/// <summary>
/// Places the orders posted to the API in groups: the orders that arrive while one group is being written go together
/// into the next transaction (a group commit). Each order is answered once its transaction has committed, exactly as if
/// it had been placed alone, and a repeat of one already placed, or of one earlier in its group, is answered with that
/// order. On SQLite every write waits for the database's single writer, and the costs of a transaction (taking the lock,
/// the commit, the flush to disk) were most of an order's share of it; a group pays them once.
/// A group that fails to save is placed again order by order through the bus, where a repeat that lost a race on the
/// (channel, external id) key is retried and found.
/// </summary>
internal sealed class OrderIntake(IServiceScopeFactory scopes, TimeProvider clock, ILogger<OrderIntake> logger)
{
    /// <summary>At most this many orders to a transaction, so one transaction never holds the writer for long.</summary>
    private const int MaxGroupSize = 50;

    private readonly Lock _lock = new();
    private readonly List<Pending> _queue = [];

    /// <summary>
    /// Whether the one writer is at work. One: the orders that arrive while its transaction waits for the database and
    /// commits make up its next group. With two (one preparing while the other committed), the orders split between them
    /// into smaller groups, and more commits, each flushed to disk, held SQLite's write gate: back to back, 738 and 879
    /// orders/s (16 and 64 clients) against 802 and 924 with one; on PostgreSQL 629 and 762 against 752 and 936
    /// (docs/benchmarks.md, 2026-11-27).
    /// </summary>
    private bool _writing;

    /// <summary>Places a validated order whose SKUs are known; answers once it is stored (or found already stored).</summary>
    public Task<OrderAccepted> PlaceAsync(Contracts.PlaceOrder command, string actor)
    {
        var pending = new Pending(command, actor);
        lock (_lock)
        {
            _queue.Add(pending);
            if (_writing) return pending.Answer.Task;
            _writing = true;
        }

        // The writer serves every caller, so it runs apart from this one's request (its actor, its cancellation).
        using (ExecutionContext.SuppressFlow()) _ = Task.Run(WriteWhilePendingAsync);
        return pending.Answer.Task;
    }

    private async Task WriteWhilePendingAsync()
    {
        while (NextGroup() is { } group)
        {
            try
            {
                await WriteAsync(group);
            }
            catch (Exception e)
            {
                // Apart from the writer: the orders queued behind this group need not wait for each of its orders in turn.
                logger.LogDebug(e, "A group of {Count} orders failed to save; placing them one at a time.", group.Count);
                _ = PlaceAloneAsync(group);
            }
        }
    }

    /// <summary>The oldest waiting orders of one actor (every audit entry of a save has one actor), or null when none wait.</summary>
    private List<Pending>? NextGroup()
    {
        lock (_lock)
        {
            if (_queue.Count == 0)
            {
                _writing = false;
                return null;
            }

            var actor = _queue[0].Actor;
            var group = _queue.Where(p => p.Actor == actor).Take(MaxGroupSize).ToList();
            foreach (var taken in group) _queue.Remove(taken);
            return group;
        }
    }

    private async Task WriteAsync(List<Pending> group)
    {
        await using var scope = scopes.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<IDbContextOutbox<OrdersDbContext>>();
        var db = outbox.DbContext;
        using var actor = Actor.Use(group[0].Actor);

        var keys = group.Select(p => PlaceOrderHandler.Key(p.Command)).ToList();
        var stored = await StoredAsync(db, keys);
        var routeFirst = await PlaceOrderHandler.RouteFirstAsync(db, CancellationToken.None);
        var placedAt = clock.GetUtcNow();
        var placed = new Dictionary<(string Channel, string ExternalId), Guid>();
        var answers = new List<OrderAccepted>(group.Count);
        foreach (var (pending, key) in group.Zip(keys))
        {
            if (stored.TryGetValue(key, out var id) || placed.TryGetValue(key, out id))
            {
                answers.Add(new OrderAccepted(id, Created: false));
                continue;
            }

            var (order, messages) = PlaceOrderHandler.Place(pending.Command, routeFirst, placedAt, pending.Actor);
            db.Orders.Add(order);
            foreach (var message in messages) await outbox.PublishAsync(message);
            placed[key] = order.Id;
            answers.Add(new PlacedOrder(order.Id, OrderViews.ToView(order)));
        }

        if (placed.Count > 0) await outbox.SaveChangesAndFlushMessagesAsync();
        for (var i = 0; i < group.Count; i++) group[i].Answer.SetResult(answers[i]);
    }

    /// <summary>The ids of the orders already stored under these keys, by (channel, external id).</summary>
    private static async Task<Dictionary<(string, string), Guid>> StoredAsync(
        OrdersDbContext db, IReadOnlyCollection<(string Channel, string ExternalId)> keys)
    {
        var channels = keys.Select(k => k.Channel).Distinct().ToList();
        var externalIds = keys.Select(k => k.ExternalId).ToList();
        var candidates = await db.Orders
            .Where(o => channels.Contains(o.Channel) && externalIds.Contains(o.ExternalId))
            .Select(o => new { o.Id, o.Channel, o.ExternalId })
            .ToListAsync();
        var wanted = keys.ToHashSet();
        return candidates.Where(o => wanted.Contains((o.Channel, o.ExternalId)))
            .ToDictionary(o => (o.Channel, o.ExternalId), o => o.Id);
    }

    private async Task PlaceAloneAsync(List<Pending> group)
    {
        foreach (var pending in group)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                using var actor = Actor.Use(pending.Actor);
                var bus = scope.ServiceProvider.GetRequiredService<IMessageBus>();
                pending.Answer.SetResult(await bus.InvokeAsync<OrderAccepted>(pending.Command));
            }
            catch (Exception e)
            {
                pending.Answer.SetException(e);
            }
        }
    }

    private sealed class Pending(Contracts.PlaceOrder command, string actor)
    {
        public Contracts.PlaceOrder Command { get; } = command;
        public string Actor { get; } = actor;
        public TaskCompletionSource<OrderAccepted> Answer { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
