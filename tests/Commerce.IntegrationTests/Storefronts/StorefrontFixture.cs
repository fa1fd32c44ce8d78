using System.Globalization;
using Commerce.IntegrationTests.Infrastructure;
using Commerce.Integrations.Abstractions.Storefronts;
using Commerce.Kernel;
using Commerce.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.IntegrationTests.Storefronts;

/// <summary>
/// A host with three stores served by <see cref="TestStoreConnector"/>, whose API is a local HTTP server: "main-store"
/// (channel "webshop"), "outlet" (channel "outlet", no stock pushes) and "unsigned" (no webhook secret). Push retries
/// wait a second.
/// </summary>
public abstract class StorefrontFixture(DatabaseProvider provider) : IAsyncLifetime
{
    public const string StoreId = "main-store";
    public const string Channel = "webshop";
    public const string OutletId = "outlet";
    /// <summary>A store whose webhook secret was never configured.</summary>
    public const string UnsignedId = "unsigned";
    public const string Secret = "whsec-tëst-secret";
    public const int RetryDelays = 2;

    public DatabaseProvider Provider => provider;

    public CommerceApp App { get; private set; } = null!;

    public LocalHttpServer StoreApi { get; private set; } = null!;

    public DatabaseReset Reset { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        StoreApi = await LocalHttpServer.StartAsync();
        App = await CommerceApp.StartAsync(provider, settings: Settings(StoreApi.Address.ToString()), services: AddConnector);
        Reset = new DatabaseReset(provider, App.ConnectionString);
    }

    public static void AddConnector(IServiceCollection services) => services.AddSingleton<IStorefrontConnector, TestStoreConnector>();

    public static Dictionary<string, string> Settings(string baseUrl)
    {
        var settings = new Dictionary<string, string>
        {
            [$"Commerce:Storefronts:Stores:{StoreId}:Connector"] = TestStoreConnector.Key,
            [$"Commerce:Storefronts:Stores:{StoreId}:Channel"] = Channel,
            [$"Commerce:Storefronts:Stores:{StoreId}:PullIntervalMinutes"] = "30",
            [$"Commerce:Storefronts:Stores:{StoreId}:Settings:BaseUrl"] = baseUrl,
            [$"Commerce:Storefronts:Stores:{StoreId}:Settings:WebhookSecret"] = Secret,
            [$"Commerce:Storefronts:Stores:{OutletId}:Connector"] = TestStoreConnector.Key,
            [$"Commerce:Storefronts:Stores:{OutletId}:PushStock"] = "false",
            [$"Commerce:Storefronts:Stores:{OutletId}:Settings:BaseUrl"] = baseUrl + "outlet/",
            [$"Commerce:Storefronts:Stores:{OutletId}:Settings:WebhookSecret"] = "outlet-secret",
            [$"Commerce:Storefronts:Stores:{UnsignedId}:Connector"] = TestStoreConnector.Key,
            [$"Commerce:Storefronts:Stores:{UnsignedId}:Settings:BaseUrl"] = baseUrl + "unsigned/",
        };
        for (var i = 0; i < RetryDelays; i++)
            settings[$"Commerce:Storefronts:PushRetryDelays:{i}"] = TimeSpan.FromSeconds(1).ToString("c", CultureInfo.InvariantCulture);
        return settings;
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await StoreApi.DisposeAsync();
    }
}

public sealed class StorefrontSqliteApp() : StorefrontFixture(DatabaseProvider.Sqlite);

public sealed class StorefrontPostgresApp() : StorefrontFixture(DatabaseProvider.Postgres);

[CollectionDefinition(Name)]
public sealed class StorefrontSqliteCollection : ICollectionFixture<StorefrontSqliteApp>
{
    public const string Name = "Storefronts on SQLite";
}

[CollectionDefinition(Name)]
public sealed class StorefrontPostgresCollection : ICollectionFixture<StorefrontPostgresApp>
{
    public const string Name = "Storefronts on PostgreSQL";
}
