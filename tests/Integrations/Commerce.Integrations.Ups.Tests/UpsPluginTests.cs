using Commerce.Integrations.Abstractions.Carriers;

namespace Commerce.Integrations.Ups.Tests;

public class UpsPluginTests
{
    [Fact]
    public void Metadata_names_the_settings_with_the_secret_marked_and_the_host_optional()
    {
        var metadata = new UpsPlugin().Metadata;

        Assert.Equal("ups", metadata.Key);
        Assert.Equal("UPS", metadata.DisplayName);
        var settings = metadata.Settings.ToDictionary(s => s.Name);
        Assert.True(settings["ClientId"].Required);
        Assert.True(settings["ClientSecret"] is { Required: true, Secret: true });
        Assert.True(settings["AccountNumber"].Required);
        Assert.False(settings["BaseUrl"].Required);
        Assert.Contains("https://onlinetools.ups.com/", settings["BaseUrl"].Description);
    }

    [Fact]
    public async Task The_adapter_rates_labels_voids_and_tracks_but_has_no_webhooks()
    {
        await using var ups = await FakeUps.StartAsync();

        Assert.Equal(
            CarrierCapabilities.Rates | CarrierCapabilities.Labels | CarrierCapabilities.VoidLabels | CarrierCapabilities.Tracking,
            ups.Adapter.Capabilities);
    }

    [Fact]
    public async Task A_missing_shipper_number_is_a_configuration_error()
    {
        await using var ups = await FakeUps.StartAsync();
        var account = new CarrierAccount("ups-bad", "ups", new Dictionary<string, string>
        {
            ["ClientId"] = "id", ["ClientSecret"] = "secret", ["BaseUrl"] = ups.Server.Address.ToString(),
        });

        var error = await Assert.ThrowsAsync<CarrierException>(() => ups.Adapter.RateAsync(account, Samples.Shipment, CancellationToken.None));

        Assert.Equal(CarrierErrorKind.Configuration, error.Kind);
        Assert.Contains("AccountNumber", error.Message);
    }
}
