using Commerce.Integrations.Abstractions.Storefronts;
using Commerce.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Integrations.Shopify.Tests.Transport;

/// <summary>
/// A local Shopify REST Admin API: a <see cref="LocalHttpServer"/> on 127.0.0.1 under <c>/admin/api/2025-10/</c>, and the
/// connector wired as the host wires it, through <see cref="ShopifyPlugin"/> (so the real retry policy runs).
/// </summary>
internal sealed class ShopifyApi : IAsyncDisposable
{
    public const string Token = "shpat_0123456789abcdef_test_token";
    public const string Version = "admin/api/2025-10/";
    public const string LocationId = "905684977";

    private readonly ServiceProvider _services;

    private ShopifyApi(LocalHttpServer server, ServiceProvider services)
    {
        Server = server;
        _services = services;
        Connector = services.GetServices<IStorefrontConnector>().Single(c => c.Metadata.Key == "shopify");
        Store = StoreWith();
    }

    public LocalHttpServer Server { get; }

    public IStorefrontConnector Connector { get; }

    public StoreAccount Store { get; }

    /// <summary>Starts the server; <paramref name="clock"/> replaces the host's clock (and so the retry policy's) when given.</summary>
    public static async Task<ShopifyApi> StartAsync(TimeProvider? clock = null)
    {
        var server = await LocalHttpServer.StartAsync();
        var services = new ServiceCollection();
        if (clock is not null) services.AddSingleton(clock);
        new ShopifyPlugin().AddServices(services, new ConfigurationBuilder().Build());
        return new ShopifyApi(server, services.BuildServiceProvider());
    }

    public StoreAccount StoreWith(params (string Name, string? Value)[] changes)
    {
        var settings = new Dictionary<string, string>
        {
            ["ShopDomain"] = "acme.myshopify.com",
            ["BaseUrl"] = Server.Address + Version,
            ["AccessToken"] = Token,
            ["WebhookSecret"] = "shpss_secret",
            ["LocationId"] = LocationId,
        };
        foreach (var (name, value) in changes)
            if (value is null) settings.Remove(name);
            else settings[name] = value;
        return new StoreAccount("acme", "shopify", "web", settings);
    }

    /// <summary>Answers <paramref name="path"/> (under the API version) with JSON.</summary>
    public ShopifyApi On(string method, string path, string json, int status = 200, Dictionary<string, string>? headers = null)
    {
        Server.On(method, Version + path, new CannedResponse(status, json, Headers: headers));
        return this;
    }

    public ShopifyApi On(string method, string path, CannedResponse response) => On(method, path, _ => response);

    public ShopifyApi On(string method, string path, Func<RecordedRequest, CannedResponse> respond)
    {
        Server.On(method, Version + path, respond);
        return this;
    }

    public IReadOnlyList<RecordedRequest> Sent(string method, string path) => Server.RequestsTo(method, Version + path);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Server.DisposeAsync();
    }
}
