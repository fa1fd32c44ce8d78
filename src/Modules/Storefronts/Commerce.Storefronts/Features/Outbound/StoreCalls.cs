using Commerce.Integrations.Abstractions.Storefronts;
using Commerce.Storefronts.Stores;

namespace Commerce.Storefronts.Features.Outbound;

public enum StoreCallOutcome
{
    Succeeded,
    /// <summary>5xx, 429, a timeout, no connection: worth trying again later.</summary>
    Unavailable,
    /// <summary>Refused (4xx), unsupported, misconfigured or unreadable: trying the same again will not help.</summary>
    Failed,
}

/// <summary>What one call to a store came to.</summary>
public sealed record StoreCallResult(StoreCallOutcome Outcome, int? StatusCode, string? Error, DateTimeOffset At)
{
    public bool Succeeded => Outcome == StoreCallOutcome.Succeeded;
}

/// <summary>Calls a store and classifies the result; never throws but for the host shutting down.</summary>
public static class StoreCalls
{
    public static async Task<(StoreCallResult Result, T? Value)> RunAsync<T>(
        Func<Task<T>> call, TimeProvider clock, CancellationToken cancellationToken)
    {
        try
        {
            var value = await call();
            return (new StoreCallResult(StoreCallOutcome.Succeeded, null, null, clock.GetUtcNow()), value);
        }
        catch (StorefrontException e)
        {
            var outcome = e.Kind == StorefrontErrorKind.Unavailable ? StoreCallOutcome.Unavailable : StoreCallOutcome.Failed;
            return (new StoreCallResult(outcome, e.StatusCode, $"{e.Kind}: {e.Message}", clock.GetUtcNow()), default);
        }
        catch (HttpRequestException e)
        {
            return (new StoreCallResult(StoreCallOutcome.Unavailable, (int?)e.StatusCode, $"Unavailable: {e.Message}", clock.GetUtcNow()), default);
        }
        catch (Exception e) when (e is TaskCanceledException or TimeoutException && !cancellationToken.IsCancellationRequested)
        {
            return (new StoreCallResult(StoreCallOutcome.Unavailable, null, "Unavailable: the store did not answer in time.", clock.GetUtcNow()), default);
        }
        catch (NotSupportedException e)
        {
            return (new StoreCallResult(StoreCallOutcome.Failed, null, $"Not supported: {e.Message}", clock.GetUtcNow()), default);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Connectors report failures as StorefrontExceptions; anything else is a fault of the connector, not a busy store.
            return (new StoreCallResult(StoreCallOutcome.Failed, null, $"Connector fault: {e.GetType().Name}: {e.Message}", clock.GetUtcNow()), default);
        }
    }

    /// <summary>Calls the store configured as <paramref name="storeId"/>; one no longer configured is a failed call.</summary>
    public static Task<StoreCallResult> RunAsync(
        StoreRegistry stores, string storeId, Func<StoreConnection, Task> call, TimeProvider clock, CancellationToken cancellationToken)
    {
        var store = stores.Find(storeId);
        return store is null
            ? Task.FromResult(new StoreCallResult(StoreCallOutcome.Failed, null, $"Store '{storeId}' is no longer configured.", clock.GetUtcNow()))
            : RunAsync(() => call(store), clock, cancellationToken);
    }

    public static async Task<StoreCallResult> RunAsync(Func<Task> call, TimeProvider clock, CancellationToken cancellationToken) =>
        (await RunAsync(async () =>
        {
            await call();
            return true;
        }, clock, cancellationToken)).Result;
}
