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
        List<(Guid PackageId, string AccountId, string TrackingNumber)> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ShippingDbContext>();
            due = (await db.Packages.AsNoTracking()
                    .Where(p => p.NextPollAt != null && p.NextPollAt <= now && p.TrackingNumber != null && polling.Contains(p.AccountId!))
                    .OrderBy(p => p.NextPollAt).Take(BatchSize)
                    .Select(p => new { p.Id, p.AccountId, p.TrackingNumber })
                    .ToListAsync(cancellationToken))
                .Select(p => (p.Id, p.AccountId!, p.TrackingNumber!)).ToList();
        }

        foreach (var (packageId, accountId, trackingNumber) in due)
        {
            var connection = registry.Find(accountId)!;
            await using var scope = scopes.CreateAsyncScope();
            var bus = scope.ServiceProvider.GetRequiredService<IMessageBus>();
            try
            {
                var info = await connection.Adapter.TrackAsync(connection.Account, trackingNumber, cancellationToken);
                // The carrier's number may differ in case or spacing from ours: the package asked about is the one moved.
                await bus.InvokeAsync<TrackingOutcome>(
                    new ApplyTracking($"poll:{accountId}", null, null, [info with { TrackingNumber = trackingNumber }], [accountId]), cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One package's failure neither stops the others nor keeps it first in line: it waits an hour.
                logger.LogWarning("Tracking {TrackingNumber} at {Account} failed: {Reason}", trackingNumber, accountId, e.Message);
                await bus.InvokeAsync(new PostponePoll(packageId), cancellationToken);
            }
        }

        return due.Count;
    }
}
