using Microsoft.Extensions.Hosting;

namespace Commerce.Kernel;

public static class ApplicationStart
{
    /// <summary>
    /// For background services that need the whole host (migrations applied, the server listening): true once the
    /// application has started, false when it is stopping first.
    /// </summary>
    public static async Task<bool> WaitForStartAsync(this IHostApplicationLifetime lifetime, CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource();
        await using var registration = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await using var stopping = stoppingToken.Register(() => started.TrySetCanceled(stoppingToken));
        try
        {
            await started.Task;
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
