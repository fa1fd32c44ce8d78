using Commerce.Integrations.Abstractions;
using Commerce.Integrations.Abstractions.Storefronts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Commerce.Integrations.ConformanceKit;

/// <summary>
/// The conformance checks as xUnit tests. A connector's test project subclasses this once, describing its vendor (see
/// <see cref="StorefrontVendor"/>), and every [Fact] below runs against its connector. Give either <see cref="Plugin"/>
/// (the connector is then built the way the host builds it: the plugin's <c>AddServices</c> on a fresh container, so its
/// real HTTP client and retry policy run) or override <see cref="Connector"/>.
/// </summary>
public abstract class StorefrontConnectorConformance : StorefrontVendor, IAsyncLifetime
{
    private ServiceProvider? _services;
    private IStorefrontConnector? _connector;

    /// <summary>The plugin that registers the connector under test; null when <see cref="Connector"/> is overridden.</summary>
    protected virtual IIntegrationPlugin? Plugin => null;

    /// <summary>The connector <see cref="Plugin"/> registers (the one whose key is the plugin's).</summary>
    public override IStorefrontConnector Connector => _connector ??= FromPlugin();

    [Fact]
    public Task Metadata_has_a_key_a_display_name_and_a_version() => ConformanceChecks.MetadataNamesTheConnectorAsync(this);

    [Fact]
    public Task Capabilities_include_webhooks() => ConformanceChecks.CapabilitiesIncludeWebhooksAsync(this);

    [Fact]
    public Task A_delivery_without_a_signature_is_invalid() => ConformanceChecks.UnsignedDeliveryIsInvalidAsync(this);

    [Fact]
    public Task A_delivery_signed_with_another_secret_is_invalid() => ConformanceChecks.WrongSecretIsInvalidAsync(this);

    [Fact]
    public Task A_delivery_whose_body_was_changed_after_signing_is_invalid() => ConformanceChecks.TamperedBodyIsInvalidAsync(this);

    [Fact]
    public Task A_delivery_signed_as_the_vendor_signs_is_valid() => ConformanceChecks.SignedDeliveryIsValidAsync(this);

    [Fact]
    public Task The_same_delivery_identifies_the_same_twice_and_another_delivery_differently() => ConformanceChecks.IdentityIsStableAsync(this);

    [Fact]
    public Task The_sample_order_parses_into_an_order_change_with_its_essentials() => ConformanceChecks.SampleOrderParsesAsync(this);

    [Fact]
    public Task A_signed_body_that_is_not_json_is_a_malformed_error() => ConformanceChecks.MalformedBodyIsMalformedAsync(this);

    [Fact]
    public Task A_pull_answered_503_then_a_page_is_retried_or_unavailable() => ConformanceChecks.UnavailableStoreIsRetriedAsync(this);

    [Fact]
    public Task A_pull_answered_400_is_rejected_after_one_request() => ConformanceChecks.RejectedPullIsNotRetriedAsync(this);

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual async Task DisposeAsync()
    {
        if (_services is not null) await _services.DisposeAsync();
    }

    private IStorefrontConnector FromPlugin()
    {
        var plugin = Plugin ?? throw new InvalidOperationException(
            $"{GetType().Name} must override either Plugin or Connector to say which connector is under test.");
        var services = new ServiceCollection();
        plugin.AddServices(services, new ConfigurationBuilder().Build());
        _services = services.BuildServiceProvider();
        return _services.GetServices<IStorefrontConnector>().SingleOrDefault(c => c.Metadata.Key == plugin.Metadata.Key)
               ?? throw new InvalidOperationException($"The plugin {plugin.Metadata.Key} registers no IStorefrontConnector with its key.");
    }
}
