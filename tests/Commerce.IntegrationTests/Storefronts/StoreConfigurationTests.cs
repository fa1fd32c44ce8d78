using Commerce.IntegrationTests.Infrastructure;
using Commerce.Kernel;

namespace Commerce.IntegrationTests.Storefronts;

/// <summary>A misconfigured store stops the host at start, with the store and the fault named.</summary>
public sealed class StoreConfigurationTests
{
    [Fact]
    public async Task A_store_naming_a_connector_no_plugin_serves_stops_the_host_naming_the_store()
    {
        var settings = new Dictionary<string, string>
        {
            ["Commerce:Storefronts:Stores:corner-shop:Connector"] = "magento",
            ["Commerce:Storefronts:Stores:corner-shop:Settings:BaseUrl"] = "http://127.0.0.1:9/",
        };

        var error = await Assert.ThrowsAnyAsync<Exception>(() =>
            CommerceApp.StartAsync(DatabaseProvider.Sqlite, settings: settings, services: StorefrontFixture.AddConnector));

        var message = error.ToString();
        Assert.Contains("Store 'corner-shop' names connector 'magento', which no installed plugin serves; installed connectors: ", message);
        Assert.Contains("test-shop", message);
    }
}
