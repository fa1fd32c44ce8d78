using Commerce.Integrations.Abstractions.Fulfillment;
using Commerce.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Integrations.FulfillmentHttp.Tests.Transport;

/// <summary>
/// A partner's API on a <see cref="LocalHttpServer"/>, and the adapter wired as the host wires it, through
/// <see cref="FulfillmentHttpPlugin"/> (so the named client's retry policy is the real one).
/// </summary>
internal sealed class PartnerApi : IAsyncDisposable
{
    public const string ApiKey = "pk_live_bridge_5d1e";
    public const string Secret = "whsec_3pl_bridge_7f2a";

    private readonly ServiceProvider _services;

    private PartnerApi(LocalHttpServer server, ServiceProvider services)
    {
        Server = server;
        _services = services;
        Adapter = services.GetServices<IFulfillmentPartnerAdapter>().Single(a => a.Metadata.Key == "fulfillment-http");
        Partner = PartnerWith(new Dictionary<string, string>
        {
            ["BaseUrl"] = server.Address + "api/v1",
            ["ApiKey"] = ApiKey,
            ["WebhookSecret"] = Secret,
        });
    }

    public LocalHttpServer Server { get; }

    public IFulfillmentPartnerAdapter Adapter { get; }

    public PartnerAccount Partner { get; }

    public const string RequestsPath = "api/v1/fulfillment-requests";

    public static PartnerAccount PartnerWith(IReadOnlyDictionary<string, string> settings) => new("bridge-1", "fulfillment-http", settings);

    public static async Task<PartnerApi> StartAsync()
    {
        var server = await LocalHttpServer.StartAsync();
        var services = new ServiceCollection();
        new FulfillmentHttpPlugin().AddServices(services, new ConfigurationBuilder().Build());
        return new PartnerApi(server, services.BuildServiceProvider());
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Server.DisposeAsync();
    }
}
