using System.Globalization;
using System.Net;
using Commerce.Integrations.Abstractions.Storefronts;

namespace Acme.Commerce.Connector;

/// <summary>The names of an Acme store's settings (<see cref="StoreAccount.Settings"/>).</summary>
public static class AcmeSettings
{
    public const string BaseUrl = "BaseUrl";
    public const string ApiKey = "ApiKey";
    public const string WebhookSecret = "WebhookSecret";
    public const string PreviousWebhookSecret = "PreviousWebhookSecret";
    public const string PullLookbackDays = "PullLookbackDays";

    public const int DefaultPullLookbackDays = 7;
}

/// <summary>An Acme store's API settings, read and checked before any call. Messages name the setting, never its value.</summary>
internal sealed record AcmeStore(string Id, Uri ApiBase, string ApiKey, int PullLookbackDays)
{
    public static AcmeStore Read(StoreAccount store)
    {
        var text = store.Setting(AcmeSettings.BaseUrl).Trim();
        if (!Uri.TryCreate(text.EndsWith('/') ? text : text + "/", UriKind.Absolute, out var api)
            || api.Scheme is not ("https" or "http") || api.Query.Length > 0 || api.UserInfo.Length > 0)
            throw Wrong(store, AcmeSettings.BaseUrl, "is not an absolute http(s) address without a query or user name");
        // The API key must not travel in clear: plain http only reaches this machine (tests, a local proxy).
        if (api.Scheme == "http" && !IsThisMachine(api))
            throw Wrong(store, AcmeSettings.BaseUrl, "must be an https address (plain http is accepted only for this machine)");

        return new AcmeStore(store.Id, api, store.Setting(AcmeSettings.ApiKey), LookbackDays(store));
    }

    private static int LookbackDays(StoreAccount store) =>
        store.OptionalSetting(AcmeSettings.PullLookbackDays) is not { } text
            ? AcmeSettings.DefaultPullLookbackDays
            : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days is > 0 and <= 3650
                ? days
                : throw Wrong(store, AcmeSettings.PullLookbackDays, "must be a whole number of days between 1 and 3650");

    private static bool IsThisMachine(Uri address) =>
        address.IsLoopback || (IPAddress.TryParse(address.DnsSafeHost, out var ip) && IPAddress.IsLoopback(ip));

    private static StorefrontException Wrong(StoreAccount store, string setting, string problem) =>
        new(StorefrontErrorKind.Configuration, $"Store '{store.Id}': setting '{setting}' {problem}.");

    /// <summary>Never prints the API key.</summary>
    public override string ToString() => $"Acme store {Id} at {ApiBase}";
}
