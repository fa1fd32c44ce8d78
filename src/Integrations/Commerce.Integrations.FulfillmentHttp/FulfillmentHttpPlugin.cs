using Commerce.Integrations.Abstractions;
using Commerce.Integrations.Abstractions.Fulfillment;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Integrations.FulfillmentHttp;

/// <summary>
/// Our own documented JSON protocol for fulfillment partners (docs/fulfillment-partner-api.md): any 3PL bridge or supplier
/// with an API receives fulfillment requests by POST and confirms shipments by a signed webhook.
/// </summary>
public sealed class FulfillmentHttpPlugin : IIntegrationPlugin
{
    internal const string Key = "fulfillment-http";

    internal static readonly PluginMetadata Manifest = new(
        Key, "Fulfillment partner API (HTTP)", "1.0.0",
        [
            new PluginSetting(FulfillmentHttpSettings.BaseUrl,
                "The partner's API base address; requests are POSTed to {BaseUrl}fulfillment-requests.", Required: true),
            new PluginSetting(FulfillmentHttpSettings.ApiKey,
                "Sent as 'Authorization: Bearer …' on every request, when set.", Required: false, Secret: true),
            new PluginSetting(FulfillmentHttpSettings.WebhookSecret,
                "Shared HMAC-SHA256 secret: signs our requests (X-Commerce-Hmac-Sha256) and checks the partner's shipment "
                + "confirmations; confirmations are refused without it.", Required: false, Secret: true),
        ]);

    public PluginMetadata Metadata => Manifest;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        // A redirect would replay the POST without its Authorization header (or turn it into a GET): a partner that
        // moved is a configuration change, not something to follow silently.
        services.AddFulfillmentPartnerHttpClient(Key)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        services.AddSingleton<IFulfillmentPartnerAdapter, FulfillmentHttpAdapter>();
    }
}

internal static class FulfillmentHttpSettings
{
    public const string BaseUrl = "BaseUrl";
    public const string ApiKey = "ApiKey";
    public const string WebhookSecret = "WebhookSecret";
}
