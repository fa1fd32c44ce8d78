using Commerce.Integrations.Abstractions;
using Commerce.Integrations.Abstractions.Storefronts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Commerce.Integrations.WooCommerce;

/// <summary>
/// WooCommerce stores (REST API v3): signed order webhooks and their activation ping, order pulls by modification date,
/// tracking as a customer note with the order completed, stock by SKU in batches, refunds and cancellations.
/// </summary>
public sealed class WooCommercePlugin : IIntegrationPlugin
{
    internal const string Key = "woocommerce";

    internal static readonly PluginMetadata Manifest = new(
        Key, "WooCommerce", "1.0.0",
        [
            new PluginSetting(WooCommerceSettings.BaseUrl,
                "The store's site address, e.g. https://shop.example.com/ (the API is under wp-json/wc/v3/). Must be https, except on this machine."),
            new PluginSetting(WooCommerceSettings.ConsumerKey, "REST API consumer key (ck_…) with read/write access.", Required: true, Secret: true),
            new PluginSetting(WooCommerceSettings.ConsumerSecret, "REST API consumer secret (cs_…).", Required: true, Secret: true),
            new PluginSetting(WooCommerceSettings.QueryStringAuth,
                "\"true\" sends the key and secret as consumer_key/consumer_secret query parameters instead of HTTP Basic auth, "
                + "for servers that strip the Authorization header. Default false.", Required: false),
            new PluginSetting(WooCommerceSettings.WebhookSecret,
                "The secret of the store's webhooks (WooCommerce › Settings › Advanced › Webhooks); deliveries are rejected without it.",
                Required: false, Secret: true),
            new PluginSetting(WooCommerceSettings.PreviousWebhookSecret,
                "The webhook secret being rotated out; deliveries signed with it are still accepted while it is set.", Required: false, Secret: true),
            new PluginSetting(WooCommerceSettings.RecordRefundsOnly,
                "\"true\" (default) records refunds in WooCommerce without asking the payment gateway to move money (api_refund=false); "
                + "\"false\" refunds through the gateway.", Required: false),
            new PluginSetting(WooCommerceSettings.PullLookbackDays,
                $"How far back the first order pull reaches, in days. Default {WooCommerceSettings.DefaultPullLookbackDays}.", Required: false),
        ]);

    public PluginMetadata Metadata => Manifest;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddStorefrontHttpClient(Key);
        services.AddSingleton<IStorefrontConnector, WooCommerceConnector>();
    }
}
