using Commerce.Integrations.Abstractions;
using Commerce.Integrations.Abstractions.Storefronts;
using Commerce.Integrations.Shopify.Api;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Commerce.Integrations.Shopify;

/// <summary>
/// Shopify as a storefront: order webhooks (HMAC-verified), order pulls for reconciliation, and fulfillments, stock
/// levels, refunds and cancellations pushed back through the REST Admin API of a custom app installed in the store.
/// </summary>
public sealed class ShopifyPlugin : IIntegrationPlugin
{
    public const string Key = "shopify";
    public const string DefaultApiVersion = "2025-10";
    public const int DefaultPullLookbackDays = 7;

    internal static readonly PluginMetadata Manifest = new(
        Key, "Shopify", "1.0.0",
        [
            new PluginSetting(ShopifySettings.ShopDomain, "The store's permanent domain, e.g. acme.myshopify.com."),
            new PluginSetting(ShopifySettings.AccessToken,
                "Admin API access token of the store's custom app (sent as X-Shopify-Access-Token). Scopes: read_orders and "
                + "write_orders, read_products, write_inventory, read_/write_merchant_managed_fulfillment_orders "
                + "(and read_all_orders to pull orders older than 60 days).", Secret: true),
            new PluginSetting(ShopifySettings.WebhookSecret,
                "The app's client secret: Shopify signs every webhook with it (X-Shopify-Hmac-Sha256).", Secret: true),
            new PluginSetting(ShopifySettings.PreviousWebhookSecret,
                "The client secret before a rotation, accepted as well until Shopify signs with the new one (up to an hour).",
                Required: false, Secret: true),
            new PluginSetting(ShopifySettings.LocationId,
                "Numeric id of the Shopify location whose stock this platform sets, and where restocked refunds go back to.",
                Required: false),
            new PluginSetting(ShopifySettings.ApiVersion, $"Admin API version; {DefaultApiVersion} when empty.", Required: false),
            new PluginSetting(ShopifySettings.PullLookbackDays,
                $"How many days back the first order pull reaches (no cursor yet); {DefaultPullLookbackDays} when empty.",
                Required: false),
            new PluginSetting(ShopifySettings.BaseUrl,
                "API base address override (tests, proxies); https://{ShopDomain}/admin/api/{ApiVersion}/ when empty.",
                Required: false),
        ]);

    public PluginMetadata Metadata => Manifest;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        // The normaliser sits inside the retry handler, so the retries see Shopify's fractional Retry-After as seconds.
        // Header values are never logged: the access token travels in one.
        services.AddStorefrontHttpClient(Key)
            .AddHttpMessageHandler(() => new RetryAfterNormaliser())
            .RedactLoggedHeaders(_ => true);
        // The host registers its clock; this only fills in when it has not (the pull window and the SKU cache read it).
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IStorefrontConnector, ShopifyConnector>();
    }
}

/// <summary>The names of a Shopify store's settings (<see cref="StoreAccount.Settings"/>).</summary>
public static class ShopifySettings
{
    public const string ShopDomain = "ShopDomain";
    public const string BaseUrl = "BaseUrl";
    public const string AccessToken = "AccessToken";
    public const string ApiVersion = "ApiVersion";
    public const string WebhookSecret = "WebhookSecret";
    public const string PreviousWebhookSecret = "PreviousWebhookSecret";
    public const string LocationId = "LocationId";
    public const string PullLookbackDays = "PullLookbackDays";
}
