using Commerce.Integrations.Abstractions.Carriers;
using Commerce.Shipping.Carriers;
using Commerce.Shipping.Data;
using Commerce.Shipping.Features.Tracking;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;
using Wolverine;

namespace Commerce.Shipping.Jobs;

/// <summary>
/// Asks carriers without webhooks where their packages are, each package when its adaptive interval says so (see
/// <see cref="Domain.ShipmentPackage.NextPoll"/>). The carrier calls happen here, outside any database transaction;
/// what they report goes through the same <see cref="ApplyTracking"/> handler as webhooks.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class TrackingPollJob(IServiceScopeFactory scopes, CarrierRegistry registry, TimeProvider clock, ILogger<TrackingPollJob> logger) : IJob
{
    public static readonly JobKey Key = new("shipping-tracking-poll");
    public const int BatchSize = 100;

    async ValueTask IJob.Execute(IJobExecutionContext context, CancellationToken cancellationToken) => await PollAsync(null, cancellationToken);

    /// <summary>Polls the packages due at <paramref name="asOf"/> (now by default); returns how many were asked about.</summary>
    public async Task<int> PollAsync(DateTimeOffset? asOf, CancellationToken cancellationToken)
    {
        var polling = registry.All.Where(c => c.Can(CarrierCapabilities.Tracking) && !c.Can(CarrierCapabilities.TrackingWebhooks))
            .Select(c => c.Account.Id).ToList();
        if (polling.Count == 0) return 0;
        var now = asOf ?? clock.GetUtcNow();
        List<(string AccountId, string TrackingNumber)> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ShippingDbContext>();
            due = (await db.Packages.AsNoTracking()
                    .Where(p => p.NextPollAt != null && p.NextPollAt <= now && !p.Voided && polling.Contains(p.AccountId!))
                    .OrderBy(p => p.NextPollAt).Take(BatchSize)
                    .Select(p => new { p.AccountId, p.TrackingNumber })
                    .ToListAsync(cancellationToken))
                .Select(p => (p.AccountId!, p.TrackingNumber!)).ToList();
        }

        foreach (var (accountId, trackingNumber) in due)
        {
            var connection = registry.Find(accountId)!;
            try
            {
                var info = await connection.Adapter.TrackAsync(connection.Account, trackingNumber, cancellationToken);
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<IMessageBus>()
                    .InvokeAsync<TrackingOutcome>(new ApplyTracking($"poll:{accountId}", null, null, [info]), cancellationToken);
            }
            catch (CarrierException e)
            {
                logger.LogWarning("Tracking {TrackingNumber} at {Account} failed: {Reason}", trackingNumber, accountId, e.Message);
            }
        }

        return due.Count;
    }
}
