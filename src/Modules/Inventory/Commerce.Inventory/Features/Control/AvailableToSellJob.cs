using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Wolverine;

namespace Commerce.Inventory.Features.Control;

/// <summary>Every minute: the available-to-sell figures that changed go out, one message per SKU and channel.</summary>
[DisallowConcurrentExecution]
internal sealed class AvailableToSellJob(IServiceScopeFactory scopes) : IJob
{
    public static readonly JobKey Key = new("inventory-available-to-sell");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMessageBus>().InvokeAsync(new PublishAvailableToSell(), cancellationToken);
    }
}
