using System.Collections.Specialized;
using System.Text.Json.Nodes;
using System.Web;
using Commerce.Integrations.Abstractions.Storefronts;
using Commerce.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Commerce.Integrations.WooCommerce.Tests.Transport;

/// <summary>
/// A local WooCommerce: a <see cref="LocalHttpServer"/> on 127.0.0.1 answering under <c>/wp-json/wc/v3/</c> with the
/// documented payloads, and the connector wired as the host wires it, through <see cref="WooCommercePlugin"/>. The
/// connector's clock is fake (for the pull's look-back); the HTTP client's retry timing stays real.
/// </summary>
internal sealed class WooCommerceApi : IAsyncDisposable
{
    public const string ConsumerKey = "ck_6f1d2a0b9c8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a";
    public const string ConsumerSecret = "cs_0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b";
    public const string Prefix = "wp-json/wc/v3/";

    public static readonly DateTimeOffset Now = new(2026, 11, 19, 10, 15, 30, TimeSpan.Zero);

    private readonly ServiceProvider _services;

    private WooCommerceApi(LocalHttpServer server, ServiceProvider services)
    {
        Server = server;
        _services = services;
        Connector = ActivatorUtilities.CreateInstance<WooCommerceConnector>(services, new FakeTimeProvider(Now));
        Store = StoreWith();
    }

    public LocalHttpServer Server { get; }

    public IStorefrontConnector Connector { get; }

    public StoreAccount Store { get; }

    /// <summary>The plugin's own registration, as the host resolves it.</summary>
    public IStorefrontConnector Registered => _services.GetServices<IStorefrontConnector>().Single(c => c.Metadata.Key == "woocommerce");

    public static async Task<WooCommerceApi> StartAsync()
    {
        var server = await LocalHttpServer.StartAsync();
        var services = new ServiceCollection();
        new WooCommercePlugin().AddServices(services, new ConfigurationBuilder().Build());
        return new WooCommerceApi(server, services.BuildServiceProvider());
    }

    /// <summary>The store, with settings changed or removed (a null value removes one).</summary>
    public StoreAccount StoreWith(params (string Name, string? Value)[] changes)
    {
        var settings = new Dictionary<string, string>
        {
            ["BaseUrl"] = Server.Address.ToString(),
            ["ConsumerKey"] = ConsumerKey,
            ["ConsumerSecret"] = ConsumerSecret,
            ["WebhookSecret"] = "whsec",
        };
        foreach (var (name, value) in changes)
        {
            if (value is null) settings.Remove(name);
            else settings[name] = value;
        }

        return new StoreAccount("teekontor", "woocommerce", "web", settings);
    }

    public LocalHttpServer On(string method, string path, CannedResponse response) => Server.On(method, Prefix + path, response);

    public LocalHttpServer On(string method, string path, Func<RecordedRequest, CannedResponse> respond) => Server.On(method, Prefix + path, respond);

    public IReadOnlyList<RecordedRequest> RequestsTo(string method, string path) => Server.RequestsTo(method, Prefix + path);

    /// <summary>A list answer with WordPress's paging headers.</summary>
    public static CannedResponse Page(string body, int totalPages, int total = 0) =>
        new(200, body, Headers: new Dictionary<string, string>
        {
            ["X-WP-Total"] = $"{total}",
            ["X-WP-TotalPages"] = $"{totalPages}",
        });

    public static CannedResponse Page(JsonNode body, int totalPages) => Page(body.ToJsonString(), totalPages, body.AsArray().Count);

    public static CannedResponse Fixture(string relativePath, int status = 200) => new(status, Recorded.Text(relativePath));

    public static NameValueCollection Query(RecordedRequest request) => HttpUtility.ParseQueryString(request.Query);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Server.DisposeAsync();
    }
}
