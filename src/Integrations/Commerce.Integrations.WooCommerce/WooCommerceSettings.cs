using System.Globalization;
using System.Net;
using Commerce.Integrations.Abstractions.Storefronts;

namespace Commerce.Integrations.WooCommerce;

/// <summary>The names of a WooCommerce store's settings.</summary>
internal static class WooCommerceSettings
{
    public const string BaseUrl = "BaseUrl";
    public const string ConsumerKey = "ConsumerKey";
    public const string ConsumerSecret = "ConsumerSecret";
    public const string QueryStringAuth = "QueryStringAuth";
    public const string WebhookSecret = "WebhookSecret";
    public const string PreviousWebhookSecret = "PreviousWebhookSecret";
    public const string RecordRefundsOnly = "RecordRefundsOnly";
    public const string PullLookbackDays = "PullLookbackDays";

    public const int DefaultPullLookbackDays = 7;
}

/// <summary>
/// A WooCommerce store's settings, read and checked before any call. Messages name the setting at fault, never a value.
/// </summary>
internal sealed record WooCommerceStore(
    string Id, Uri ApiBase, string ConsumerKey, string ConsumerSecret, bool QueryStringAuth, bool RecordRefundsOnly, int PullLookbackDays)
{
    public static WooCommerceStore Read(StoreAccount store)
    {
        var baseUrl = store.Setting(WooCommerceSettings.BaseUrl);
        if (!Uri.TryCreate(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/", UriKind.Absolute, out var site)
            || site.Scheme is not ("https" or "http") || site.Query.Length > 0 || site.UserInfo.Length > 0)
            throw Wrong(store, WooCommerceSettings.BaseUrl, "is not an absolute http(s) address without a query or user name");

        // WooCommerce only accepts Basic auth over TLS (plain HTTP needs OAuth 1.0a), and the secret must not travel in clear.
        if (site.Scheme == "http" && !IsThisMachine(site))
            throw Wrong(store, WooCommerceSettings.BaseUrl, "must be an https address (plain http is accepted only for this machine)");

        return new WooCommerceStore(
            store.Id,
            new Uri(site, "wp-json/wc/v3/"),
            store.Setting(WooCommerceSettings.ConsumerKey),
            store.Setting(WooCommerceSettings.ConsumerSecret),
            Flag(store, WooCommerceSettings.QueryStringAuth, fallback: false),
            Flag(store, WooCommerceSettings.RecordRefundsOnly, fallback: true),
            Days(store));
    }

    private static bool IsThisMachine(Uri site) =>
        site.IsLoopback || (IPAddress.TryParse(site.DnsSafeHost, out var address) && IPAddress.IsLoopback(address));

    private static bool Flag(StoreAccount store, string name, bool fallback) =>
        store.OptionalSetting(name)?.Trim().ToLowerInvariant() switch
        {
            null => fallback,
            "true" => true,
            "false" => false,
            _ => throw Wrong(store, name, "must be \"true\" or \"false\""),
        };

    private static int Days(StoreAccount store) =>
        store.OptionalSetting(WooCommerceSettings.PullLookbackDays) is not { } text
            ? WooCommerceSettings.DefaultPullLookbackDays
            : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days is > 0 and <= 3650
                ? days
                : throw Wrong(store, WooCommerceSettings.PullLookbackDays, "must be a whole number of days between 1 and 3650");

    private static StorefrontException Wrong(StoreAccount store, string setting, string problem) =>
        new(StorefrontErrorKind.Configuration, $"Store '{store.Id}': setting '{setting}' {problem}.");

    /// <summary>Never prints the key or the secret.</summary>
    public override string ToString() => $"WooCommerce store {Id} at {ApiBase}";
}
