using Commerce.Storefronts.Data;
using Commerce.Storefronts.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Wolverine;

namespace Commerce.Storefronts.Features.Webhooks;

/// <summary>
/// Asks for a drain of the inbox when a delivery is stored, unless one is queued already: under load one drain message
/// serves many deliveries, where a message per delivery cost a durable envelope in every acknowledgement.
/// </summary>
public sealed class InboxSignal(TimeProvider clock)
{
    /// <summary>A drain asked for and not started within this long is taken as lost, and asked for again.</summary>
    internal static readonly TimeSpan LostAfter = TimeSpan.FromSeconds(30);

    private long _queuedAtTicks;

    /// <summary>True when the caller should send a <see cref="DrainInbox"/>: none is queued, or the one queued is lost.</summary>
    public bool TryQueue()
    {
        var now = clock.GetUtcNow().UtcTicks;
        var queuedAt = Interlocked.Read(ref _queuedAtTicks);
        if (queuedAt != 0 && now - queuedAt < LostAfter.Ticks) return false;
        return Interlocked.CompareExchange(ref _queuedAtTicks, now, queuedAt) == queuedAt;
    }

    /// <summary>A drain starts: deliveries stored from now on need another.</summary>
    public void Draining() => Interlocked.Exchange(ref _queuedAtTicks, 0);

    public async ValueTask PokeAsync(IMessageBus bus)
    {
        if (TryQueue()) await bus.PublishAsync(new DrainInbox());
    }
}

/// <summary>
/// Drains what was stored but not processed when the host last stopped, and keeps watching: a drain lost to a failure
/// (retries exhausted, or a message store that is not durable) is asked for again.
/// </summary>
internal sealed class InboxWatch(IServiceScopeFactory scopes, InboxSignal signal, IHostApplicationLifetime lifetime, ILogger<InboxWatch> logger)
    : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await StartedAsync(stoppingToken)) return;
        using var timer = new PeriodicTimer(Interval);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<StorefrontsDbContext>();
                if (await db.Deliveries.AnyAsync(d => d.Status == DeliveryStatus.Pending, stoppingToken))
                    await signal.PokeAsync(scope.ServiceProvider.GetRequiredService<IMessageBus>());
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(e, "Could not look for pending inbox deliveries; trying again in {Interval}.", Interval);
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task<bool> StartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource();
        await using var registration = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await using var stopping = stoppingToken.Register(() => started.TrySetCanceled(stoppingToken));
        try
        {
            await started.Task;
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
