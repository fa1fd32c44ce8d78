using Commerce.Host.Security;
using Commerce.Kernel.Security;

namespace Commerce.Host.Startup;

/// <summary>On the very first start, with no API key at all, issues an admin key and prints it once.</summary>
public sealed class FirstAdminKey(IServiceProvider services, ILogger<FirstAdminKey> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var scope = services.CreateScope();
        var keys = scope.ServiceProvider.GetRequiredService<ApiKeyService>();
        if (await keys.AnyAsync(cancellationToken)) return;

        var issued = await keys.IssueAsync("first-admin", [Roles.Admin], cancellationToken);
        var banner = $"""

            ==========================================================================
             Commerce created the first admin API key. It is shown this once only:

               {issued.Key}

             Send it in the X-Api-Key header. Create more keys at POST /api/admin/api-keys.
            ==========================================================================

            """;
        Console.WriteLine(banner);
        logger.LogWarning("Created the first admin API key {KeyId}; it was printed to the console once", issued.Id);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
