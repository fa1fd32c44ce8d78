using System.Net.Http.Headers;
using Commerce.Host.Security;
using Commerce.Kernel;
using Commerce.Kernel.Security;
using Commerce.Testing;
using JasperFx.CommandLine;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.IntegrationTests.Infrastructure;

/// <summary>
/// The real host, in process, on a real database of its own: an SQLite file in a temporary folder, or a fresh
/// PostgreSQL database. Clients carry an API key of the role asked for.
/// </summary>
public sealed class CommerceApp : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string> _keys = new();

    static CommerceApp() => JasperFxEnvironment.AutoStartHost = true;

    private readonly bool _ownsData;

    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly Action<IServiceCollection>? _services;

    private CommerceApp(DatabaseProvider provider, string connectionString, string dataFolder, bool ownsData,
        IReadOnlyDictionary<string, string>? settings, Action<IServiceCollection>? services)
    {
        _services = services;
        _settings = settings ?? new Dictionary<string, string>();
        Provider = provider;
        ConnectionString = connectionString;
        DataFolder = dataFolder;
        _ownsData = ownsData;
    }

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }
    public string DataFolder { get; }

    /// <summary>
    /// Starts a host on a new database, or on <paramref name="existingDatabase"/>, which the caller then owns (to start
    /// another host on it after this one stops).
    /// </summary>
    public static async Task<CommerceApp> StartAsync(
        DatabaseProvider provider, string? existingDatabase = null, IReadOnlyDictionary<string, string>? settings = null,
        Action<IServiceCollection>? services = null)
    {
        var dataFolder = Directory.CreateTempSubdirectory("commerce-test-").FullName;
        var connectionString = existingDatabase ?? provider switch
        {
            DatabaseProvider.Sqlite => $"Data Source={Path.Combine(dataFolder, "commerce.db")}",
            DatabaseProvider.Postgres => await PostgresServer.CreateDatabaseAsync("commerce_test"),
            _ => throw new NotSupportedException($"No {provider} server runs on this machine."),
        };
        var app = new CommerceApp(provider, connectionString, dataFolder, ownsData: existingDatabase is null, settings, services);
        _ = app.Server; // starts the host: migrations, messaging, jobs
        return app;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Commerce:Database:Provider", Provider.ToString());
        builder.UseSetting("ConnectionStrings:Commerce", ConnectionString);
        builder.UseSetting("Commerce:DataFolder", DataFolder);
        builder.UseSetting("Commerce:Messaging:Solo", "true");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        if (_services is not null) builder.ConfigureServices(_services);
    }

    /// <summary>A client whose requests carry an API key with the given role.</summary>
    public HttpClient ClientWithRole(string role = Roles.Admin)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.Header, KeyFor(role));
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    public HttpClient AnonymousClient() => CreateClient();

    public string KeyFor(string role)
    {
        lock (_keys)
        {
            if (_keys.TryGetValue(role, out var key)) return key;
            using var scope = Services.CreateScope();
            var issued = scope.ServiceProvider.GetRequiredService<ApiKeyService>()
                .IssueAsync($"test-{role}", [role], CancellationToken.None).GetAwaiter().GetResult();
            return _keys[role] = issued.Key;
        }
    }

    /// <summary>A database for <see cref="StartAsync"/> to reuse across host restarts.</summary>
    public static async Task<string> NewDatabaseAsync(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => $"Data Source={Path.Combine(Directory.CreateTempSubdirectory("commerce-test-").FullName, "commerce.db")}",
        _ => await PostgresServer.CreateDatabaseAsync("commerce_restart"),
    };

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (!_ownsData) return;
        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; the temp folder is cleaned by the OS.
        }
    }
}
