using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Wolverine;

namespace Commerce.Inventory.Features.Control;

/// <summary>
/// Hourly: reorder points are checked; once a day (the first run after midnight UTC) the ABC classes are recomputed and the
/// cycle counts due are raised.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class InventoryControlJob(IServiceScopeFactory scopes, TimeProvider clock) : IJob
{
    public static readonly JobKey Key = new("inventory-control");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var bus = scope.ServiceProvider.GetRequiredService<IMessageBus>();
        if (clock.GetUtcNow().Hour == 0 || context.PreviousFireTimeUtc is null)
        {
            await bus.InvokeAsync(new RecomputeAbc(), cancellationToken);
            await bus.InvokeAsync(new ScheduleCycleCounts(), cancellationToken);
        }

        await bus.InvokeAsync(new CheckReorderPoints(), cancellationToken);
    }
}
