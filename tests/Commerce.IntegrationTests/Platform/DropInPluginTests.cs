using System.Collections.Concurrent;
using System.Net;
using System.Runtime.Loader;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Commerce.Integrations.Abstractions;
using Commerce.Integrations.Abstractions.Storefronts;
using Commerce.Integrations.ConformanceKit;
using Commerce.IntegrationTests.Infrastructure;
using Commerce.Kernel;
using Commerce.Kernel.Security;
using Commerce.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Commerce.IntegrationTests.Platform;

/// <summary>
/// A host started on a plugin folder holding the sample third-party connector (built from samples/ with
/// <c>dotnet build -o</c>) and three plugins it must refuse: built for contract 2.0, a wrong entry type, a taken key.
/// </summary>
public abstract class DropInPluginTests(DropInHost host)
{
    private readonly CommerceApp _app = host.App;

    [Fact]
    public async Task The_host_starts_lists_the_drop_in_connector_as_loaded_from_the_folder_and_the_others_as_refused()
    {
        var health = await _app.AnonymousClient().GetAsync("/health").ExpectJson(HttpStatusCode.OK);
        Assert.Equal("Healthy", (string?)health["status"]);

        var list = await _app.ClientWithRole(Roles.Manager).GetAsync("/api/platform/plugins").ExpectJson(HttpStatusCode.OK);

        var plugins = list["plugins"]!.AsArray();
        var acme = Assert.Single(plugins, p => (string?)p!["key"] == SamplePlugins.AcmeKey)!;
        Assert.Equal("Acme Shop", (string?)acme["displayName"]);
        Assert.Equal("1.0.0", (string?)acme["version"]);
        Assert.Equal("folder", (string?)acme["source"]);
        Assert.Equal(SamplePlugins.AcmeKey, (string?)acme["folder"]);
        Assert.Equal("1.0", (string?)acme["abstractions"]);
        var shopify = Assert.Single(plugins, p => (string?)p!["key"] == "shopify")!;
        Assert.Equal("built-in", (string?)shopify["source"]);
        Assert.Contains(plugins, p => (string?)p!["key"] == "woocommerce");
        Assert.Equal(Path.GetFullPath(host.PluginFolder), (string?)list["folder"]);

        var refused = list["refused"]!.AsArray().ToDictionary(r => (string)r!["folder"]!, r => r!);
        Assert.Equal(3, refused.Count);
        Assert.Equal("acme-shop-next", (string?)refused[SamplePlugins.FutureContractFolder]["key"]);
        Assert.Contains($"built for plugin contract 2.0, and this host has {IntegrationContract.Version}", (string?)refused[SamplePlugins.FutureContractFolder]["reason"]);
        Assert.Contains($"its entry type {SamplePlugins.MissingEntryType} is not in Acme.Commerce.Connector.dll",
            (string?)refused[SamplePlugins.WrongEntryTypeFolder]["reason"]);
        Assert.Contains("its key 'shopify' is already taken by the built-in plugin Shopify", (string?)refused[SamplePlugins.TakenKeyFolder]["reason"]);
    }

    [Fact]
    public void Each_refusal_is_one_warning_naming_the_plugin_and_the_reason()
    {
        var warnings = host.Log.Where(l => l.Level == LogLevel.Warning && l.Message.StartsWith("Refused plugin", StringComparison.Ordinal)).ToList();

        Assert.Equal(3, warnings.Count);
        Assert.Contains(warnings, w => w.Message.Contains("acme-shop-next") && w.Message.Contains("plugin contract 2.0"));
        Assert.Contains(warnings, w => w.Message.Contains("acme-wrong-entry") && w.Message.Contains(SamplePlugins.MissingEntryType));
        Assert.Contains(warnings, w => w.Message.Contains(SamplePlugins.TakenKeyFolder) && w.Message.Contains("already taken"));
    }

    [Fact]
    public async Task Only_admins_and_managers_see_the_plugins()
    {
        var agent = await _app.ClientWithRole(Roles.Agent).GetAsync("/api/platform/plugins");
        var anonymous = await _app.AnonymousClient().GetAsync("/api/platform/plugins");
        var admin = await _app.ClientWithRole(Roles.Admin).GetAsync("/api/platform/plugins");

        Assert.Equal(HttpStatusCode.Forbidden, agent.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
    }

    [Fact]
    public void The_drop_in_connector_runs_in_its_own_load_context_behind_the_hosts_contract()
    {
        var connector = host.AcmeConnector;
        var context = AssemblyLoadContext.GetLoadContext(connector.GetType().Assembly)!;

        Assert.Equal(SamplePlugins.AcmeKey, connector.Metadata.Key);
        Assert.NotSame(AssemblyLoadContext.Default, context);
        Assert.Equal("plugin:acme-shop", context.Name);
        // One IStorefrontConnector: the one the host compiled against, from the default context.
        Assert.Contains(typeof(IStorefrontConnector), connector.GetType().GetInterfaces());
        Assert.Same(AssemblyLoadContext.Default, AssemblyLoadContext.GetLoadContext(typeof(IStorefrontConnector).Assembly));
        // The plugin context holds the plugin's own assembly only: the contract, the framework and Polly are the host's.
        Assert.Equal(["Acme.Commerce.Connector"], context.Assemblies.Select(a => a.GetName().Name!));
    }

    [Fact]
    public Task The_drop_in_connector_passes_the_conformance_kit() => ConformanceChecks.RunAllAsync(new AcmeShop(host.AcmeConnector));

    [Fact]
    public async Task The_drop_in_connector_walks_order_pages_and_pushes_fulfillments_with_an_idempotency_key()
    {
        var vendor = new AcmeShop(host.AcmeConnector);
        await using var server = await LocalHttpServer.StartAsync();
        var store = vendor.Store(server.Address, "secret");
        server.On("GET", "api/v1/orders", request => request.Query.Contains("since_id=")
            ? CannedResponse.Json("""{"orders":[],"has_more":false}""")
            : CannedResponse.Json($$"""{"orders":[{{AcmeShop.OrderJson}}],"has_more":true}"""));
        server.On("POST", "api/v1/orders/*/fulfillments", CannedResponse.Json("""{"fulfillment":{"id":"ful_1"}}""", 201));

        var first = await vendor.Connector.PullOrdersAsync(store, "2026-11-20T00:00:00Z", CancellationToken.None);
        var second = await vendor.Connector.PullOrdersAsync(store, first.NextCursor, CancellationToken.None);
        await vendor.Connector.PushFulfillmentAsync(store, new FulfillmentPush("shp_0193", "ord_7Q2XK9", "ups", "1Z999AA10123456784",
            null, [new FulfillmentPushLine("li_1", "TEA-ASSAM-250", 2)]), CancellationToken.None);

        Assert.Equal("ord_7Q2XK9", Assert.Single(first.Orders).ExternalId);
        Assert.True(first.HasMore);
        Assert.Equal("2026-11-20T09:15:02Z|ord_7Q2XK9", first.NextCursor);
        Assert.False(second.HasMore);
        var pulls = server.RequestsTo("GET", "api/v1/orders");
        Assert.Equal("?updated_since=2026-11-20T00%3A00%3A00Z&limit=100", pulls[0].Query);
        Assert.Equal("?updated_since=2026-11-20T09%3A15%3A02Z&since_id=ord_7Q2XK9&limit=100", pulls[1].Query);
        Assert.Equal("Bearer acme_live_key", pulls[0].Header("Authorization"));
        var push = Assert.Single(server.RequestsTo("POST", "api/v1/orders/*/fulfillments"));
        Assert.Equal("/api/v1/orders/ord_7Q2XK9/fulfillments", push.Path);
        Assert.Equal("shp_0193", push.Header("Idempotency-Key"));
        Assert.Equal("1Z999AA10123456784", (string?)JsonNode.Parse(push.BodyText)!["tracking_number"]);
    }
}

public sealed class DropInPluginsOnSqlite(DropInHost.OnSqlite host) : DropInPluginTests(host), IClassFixture<DropInHost.OnSqlite>;

public sealed class DropInPluginsOnPostgres(DropInHost.OnPostgres host) : DropInPluginTests(host), IClassFixture<DropInHost.OnPostgres>;

/// <summary>A host on the sample plugin folder, with its log lines kept.</summary>
public abstract class DropInHost(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly KeptLog _log = new();

    public CommerceApp App { get; private set; } = null!;

    public string PluginFolder { get; private set; } = null!;

    public IReadOnlyList<(LogLevel Level, string Message)> Log => _log.Lines.ToList();

    /// <summary>The drop-in connector as the host's container serves it.</summary>
    public IStorefrontConnector AcmeConnector =>
        App.Services.GetServices<IStorefrontConnector>().Single(c => c.Metadata.Key == SamplePlugins.AcmeKey);

    public async Task InitializeAsync()
    {
        PluginFolder = await SamplePlugins.FolderAsync();
        App = await CommerceApp.StartAsync(provider,
            settings: new Dictionary<string, string> { ["Commerce:Plugins:Folder"] = PluginFolder },
            services: services => services.AddSingleton<ILoggerProvider>(_log));
    }

    public async Task DisposeAsync() => await App.DisposeAsync();

    public sealed class OnSqlite() : DropInHost(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : DropInHost(DatabaseProvider.Postgres);

    private sealed class KeptLog : ILoggerProvider, ILogger
    {
        public ConcurrentQueue<(LogLevel Level, string Message)> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Lines.Enqueue((logLevel, formatter(state, exception)));

        public void Dispose()
        {
        }
    }
}

/// <summary>The Acme Shop API as the sample connector's README defines it, described for the conformance kit.</summary>
internal sealed class AcmeShop(IStorefrontConnector connector) : StorefrontVendor
{
    public const string OrderJson = """
        {"id":"ord_7Q2XK9","number":"A-1042","status":"paid","created_at":"2026-11-20T09:12:44Z","updated_at":"2026-11-20T09:15:02Z",
         "currency":"EUR","total":"47.30","customer":{"name":"Jo Miller","email":"jo@example.com","phone":null},
         "shipping":{"method":"express","address":{"name":"Jo Miller","line1":"Hafenstraße 12","line2":null,"city":"Hamburg",
           "region":null,"postal_code":"20457","country":"DE"}},
         "lines":[{"id":"li_1","sku":"TEA-ASSAM-250","title":"Assam, 250 g","quantity":2,"unit_price":"12.90"},
                  {"id":"li_2","sku":"CUP-STONE","title":"Stoneware cup","quantity":1,"unit_price":"21.50"}],
         "cancelled_at":null,"cancel_reason":null}
        """;

    public override IStorefrontConnector Connector => connector;

    public override StoreAccount Store(Uri serverAddress, string webhookSecret) =>
        new("acme-main", SamplePlugins.AcmeKey, "web", new Dictionary<string, string>
        {
            ["BaseUrl"] = serverAddress + "api/v1/",
            ["ApiKey"] = "acme_live_key",
            ["WebhookSecret"] = webhookSecret,
        });

    /// <summary>Acme signs <c>sha256=</c> + the lower-case hex HMAC-SHA256 of the raw body.</summary>
    public override WebhookDelivery Delivery(string topic, string deliveryId, byte[] body, string? secret)
    {
        var headers = new Dictionary<string, string>
        {
            ["Content-Type"] = "application/json",
            ["X-Acme-Event"] = topic,
            ["X-Acme-Delivery"] = deliveryId,
            ["X-Acme-Sent-At"] = "2026-11-20T09:15:03Z",
        };
        if (secret is not null)
            headers["X-Acme-Signature"] = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));
        return new WebhookDelivery(headers, body);
    }

    public override string OrderTopic => "order.updated";

    public override SampleOrder SampleOrder => new(OrderJson, "ord_7Q2XK9", "EUR", [new("TEA-ASSAM-250", 2), new("CUP-STONE", 1)]);

    public override OrderListing OrderListing =>
        new("GET", "api/v1/orders", CannedResponse.Json($$"""{"orders":[{{OrderJson}}],"has_more":false}"""));

    public override string? PullCursor => "2026-11-01T00:00:00Z";

    public override CannedResponse BadRequest =>
        new(400, """{"error":{"code":"invalid_parameter","message":"updated_since is not a date"}}""");
}
