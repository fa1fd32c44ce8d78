using Commerce.Shipping.Features.Tracking;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Wolverine;

namespace Commerce.Shipping.Jobs;

/// <summary>Hourly: shipments past their promised day whose carrier has not said so get a ShipmentDelayed.</summary>
[DisallowConcurrentExecution]
internal sealed class LateShipmentSweepJob(IServiceScopeFactory scopes) : IJob
{
    public static readonly JobKey Key = new("shipping-late-sweep");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMessageBus>().InvokeAsync(new SweepLateShipments(), cancellationToken);
    }
}
