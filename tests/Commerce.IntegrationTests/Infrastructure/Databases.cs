using Commerce.Kernel;

namespace Commerce.IntegrationTests.Infrastructure;

/// <summary>One running host per provider, shared by the tests of a collection.</summary>
public abstract class AppFixture(DatabaseProvider provider) : IAsyncLifetime
{
    public CommerceApp App { get; private set; } = null!;

    public DatabaseReset Reset { get; private set; } = null!;

    /// <summary>Local servers playing EasyPost and UPS, configured as the host's carrier accounts.</summary>
    public CarrierSandbox Carriers { get; private set; } = null!;

    /// <summary>A local 3PL bridge and a supplier's SMTP mailbox, configured as the host's fulfillment partners.</summary>
    public PartnerSandbox Partners { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Carriers = await CarrierSandbox.StartAsync();
        Partners = await PartnerSandbox.StartAsync();
        var settings = new Dictionary<string, string>(Carriers.Settings.Concat(Partners.Settings))
        {
            ["Commerce:Inventory:Channels:shopify:Buffer"] = "2",
            ["Commerce:Inventory:Channels:api:Buffer"] = "0",
        };
        App = await CommerceApp.StartAsync(provider, settings: settings);
        Reset = new DatabaseReset(provider, App.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Carriers.DisposeAsync();
        await Partners.DisposeAsync();
    }
}

public sealed class SqliteApp() : AppFixture(DatabaseProvider.Sqlite);

public sealed class PostgresApp() : AppFixture(DatabaseProvider.Postgres);

[CollectionDefinition(Name)]
public sealed class SqliteCollection : ICollectionFixture<SqliteApp>
{
    public const string Name = "SQLite";
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresApp>
{
    public const string Name = "PostgreSQL";
}
