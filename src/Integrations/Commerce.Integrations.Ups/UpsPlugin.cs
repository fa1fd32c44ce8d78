using Commerce.Integrations.Abstractions;
using Commerce.Integrations.Abstractions.Carriers;
using Commerce.Integrations.Ups.Api;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Commerce.Integrations.Ups;

/// <summary>UPS's own APIs (OAuth2, Rating, Shipping, Tracking): rates, labels, voids and polled tracking.</summary>
public sealed class UpsPlugin : IIntegrationPlugin
{
    public const string ClientId = "ClientId";
    public const string ClientSecret = "ClientSecret";
    public const string AccountNumber = "AccountNumber";
    public const string BaseUrl = "BaseUrl";
    public const string DefaultBaseUrl = "https://onlinetools.ups.com/";

    public static PluginMetadata Info { get; } = new("ups", "UPS", "1.0.0",
    [
        new PluginSetting(ClientId, "Client id of the app in the UPS developer portal."),
        new PluginSetting(ClientSecret, "Client secret of that app.", Secret: true),
        new PluginSetting(AccountNumber, "UPS shipper (account) number: bills the labels and gives the negotiated rates."),
        new PluginSetting(BaseUrl,
            $"UPS API host; {DefaultBaseUrl} by default, https://wwwcie.ups.com/ for UPS's test environment.", Required: false),
    ]);

    public PluginMetadata Metadata => Info;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddCarrierHttpClient(UpsClient.HttpClientName);
        // The host registers its clock; this only fills in when it has not (the token cache reads it).
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ICarrierAdapter, UpsAdapter>();
    }
}
