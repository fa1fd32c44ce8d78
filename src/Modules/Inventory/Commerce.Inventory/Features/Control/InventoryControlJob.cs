using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Wolverine;

namespace Commerce.Inventory.Features.Control;

/// <summary>Hourly: every stock level is compared with its reorder point.</summary>
[DisallowConcurrentExecution]
internal sealed class InventoryControlJob(IServiceScopeFactory scopes) : IJob
{
    public static readonly JobKey Key = new("inventory-control");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMessageBus>().InvokeAsync(new CheckReorderPoints(), cancellationToken);
    }
}

/// <summary>Nightly: the ABC classes are recomputed, then the cycle counts due by class are raised.</summary>
[DisallowConcurrentExecution]
internal sealed class NightlyInventoryJob(IServiceScopeFactory scopes) : IJob
{
    public static readonly JobKey Key = new("inventory-nightly");

    /// <summary>00:15 UTC every day (a cron trigger: Quartz's default for a missed night is to run it once when the server is back).</summary>
    public const string Schedule = "0 15 0 * * ?";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var bus = scope.ServiceProvider.GetRequiredService<IMessageBus>();
        await bus.InvokeAsync(new RecomputeAbc(), cancellationToken);
        await bus.InvokeAsync(new ScheduleCycleCounts(), cancellationToken);
    }
}
