using Commerce.Integrations.Abstractions;
using Commerce.Integrations.Abstractions.Carriers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Integrations.EasyPost;

/// <summary>EasyPost: rates from every carrier account the retailer connected there, labels, refunds, trackers and their webhooks.</summary>
public sealed class EasyPostPlugin : IIntegrationPlugin
{
    internal const string Key = "easypost";
    internal const string DefaultBaseUrl = "https://api.easypost.com/v2/";

    internal static readonly PluginMetadata Manifest = new(
        Key, "EasyPost", "1.0.0",
        [
            new PluginSetting(EasyPostSettings.ApiKey, "EasyPost API key (a test key gives test-mode labels).", Required: true, Secret: true),
            new PluginSetting(EasyPostSettings.BaseUrl, $"API base address; {DefaultBaseUrl} when empty.", Required: false),
            new PluginSetting(EasyPostSettings.WebhookSecret,
                "The webhook_secret given when the webhook was created; deliveries are rejected without it.", Required: false, Secret: true),
        ]);

    public PluginMetadata Metadata => Manifest;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddCarrierHttpClient(Key);
        services.AddSingleton<ICarrierAdapter, EasyPostAdapter>();
    }
}

internal static class EasyPostSettings
{
    public const string ApiKey = "ApiKey";
    public const string BaseUrl = "BaseUrl";
    public const string WebhookSecret = "WebhookSecret";
}
