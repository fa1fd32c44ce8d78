using Microsoft.Extensions.Diagnostics.HealthChecks;
using Wolverine.Persistence.Durability;
using Wolverine.Runtime;

namespace Commerce.Host.Startup;

/// <summary>Healthy when Wolverine's durable message store answers; reports how many messages wait in it.</summary>
public sealed class MessageStoreHealthCheck(IWolverineRuntime runtime) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (runtime.Storage is NullMessageStore) return HealthCheckResult.Degraded("Messages are not persisted (no durable store for this provider).");
        try
        {
            await runtime.Storage.Admin.CheckConnectivityAsync(cancellationToken);
            var counts = await runtime.Storage.Admin.FetchCountsAsync();
            return HealthCheckResult.Healthy(data: new Dictionary<string, object>
            {
                ["incoming"] = counts.Incoming,
                ["outgoing"] = counts.Outgoing,
                ["scheduled"] = counts.Scheduled,
                ["deadLetter"] = counts.DeadLetter,
            });
        }
        catch (Exception e)
        {
            return HealthCheckResult.Unhealthy("The message store does not answer.", e);
        }
    }
}
