using Commerce.Orders.Features.Routing;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Wolverine;

namespace Commerce.Orders.Jobs;

/// <summary>Hourly: backorders that waited longer than their routing rule allows go where the rule says.</summary>
[DisallowConcurrentExecution]
internal sealed class RerouteBackordersJob(IServiceScopeFactory scopes) : IJob
{
    public static readonly JobKey Key = new("orders-reroute-backorders");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMessageBus>().InvokeAsync(new RerouteBackorders(), cancellationToken);
    }
}
