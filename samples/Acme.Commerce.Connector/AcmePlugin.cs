using Commerce.Integrations.Abstractions;
using Commerce.Integrations.Abstractions.Storefronts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Acme.Commerce.Connector;

/// <summary>
/// Acme Shop stores: signed order webhooks, order pulls by update time, and fulfillments pushed back with an
/// idempotency key. The host finds this class through <c>plugin.json</c> (<c>entryType</c>) and creates it with its
/// public parameterless constructor.
/// </summary>
public sealed class AcmePlugin : IIntegrationPlugin
{
    public const string Key = "acme-shop";

    internal static readonly PluginMetadata Manifest = new(
        Key, "Acme Shop", "1.0.0",
        [
            new PluginSetting(AcmeSettings.BaseUrl,
                "The store's API address, e.g. https://acme-shop.example/api/v1/. Must be https, except on this machine."),
            new PluginSetting(AcmeSettings.ApiKey, "An API key of the store (Settings › API keys), sent as a bearer token.", Secret: true),
            new PluginSetting(AcmeSettings.WebhookSecret,
                "The store's webhook signing secret: Acme signs every delivery with it (X-Acme-Signature).", Secret: true),
            new PluginSetting(AcmeSettings.PreviousWebhookSecret,
                "The signing secret being rotated out; deliveries signed with it are accepted while it is set.", Required: false, Secret: true),
            new PluginSetting(AcmeSettings.PullLookbackDays,
                $"How far back the first order pull reaches, in days. Default {AcmeSettings.DefaultPullLookbackDays}.", Required: false),
        ]);

    public PluginMetadata Metadata => Manifest;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        // The platform's transport: timeouts and retries (a POST only on 429 and 503). The API key travels in a header,
        // so no header value is ever logged.
        services.AddStorefrontHttpClient(Key).RedactLoggedHeaders(_ => true);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IStorefrontConnector, AcmeConnector>();
    }
}
