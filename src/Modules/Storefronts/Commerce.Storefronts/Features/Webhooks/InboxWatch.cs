using Commerce.Kernel;
using Commerce.Storefronts.Data;
using Commerce.Storefronts.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Wolverine;

namespace Commerce.Storefronts.Features.Webhooks;

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
        if (!await lifetime.WaitForStartAsync(stoppingToken)) return;
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
}
