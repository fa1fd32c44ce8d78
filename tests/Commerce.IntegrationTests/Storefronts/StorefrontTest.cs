using Commerce.IntegrationTests.Infrastructure;
using Commerce.Kernel;
using Commerce.Kernel.Security;
using Commerce.Testing;

namespace Commerce.IntegrationTests.Storefronts;

/// <summary>A storefront test: the host with the test stores, their API server, module tables emptied before it starts.</summary>
public abstract class StorefrontTest(StorefrontFixture fixture) : IAsyncLifetime
{
    protected CommerceApp App { get; } = fixture.App;
    protected HttpClient Client { get; } = fixture.App.ClientWithRole(Roles.Admin);
    protected Scenario Given => new(Client);
    protected StoreScenario Store => new(App, Client);
    protected LocalHttpServer StoreApi { get; } = fixture.StoreApi;
    protected DatabaseProvider Provider { get; } = fixture.Provider;

    public virtual Task InitializeAsync()
    {
        fixture.StoreApi.Reset();
        return fixture.Reset.ResetAsync();
    }

    public virtual Task DisposeAsync() => Task.CompletedTask;
}
