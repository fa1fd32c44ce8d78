using Commerce.Kernel.Security;

namespace Commerce.IntegrationTests.Infrastructure;

/// <summary>
/// A test that talks to the running host through its HTTP API as an admin, on module tables emptied before it starts.
/// </summary>
public abstract class ApiTest(AppFixture fixture) : IAsyncLifetime
{
    protected CommerceApp App { get; } = fixture.App;
    protected HttpClient Client { get; } = fixture.App.ClientWithRole(Roles.Admin);
    protected Scenario Given => new(Client);
    protected CarrierSandbox Carriers { get; } = fixture.Carriers;
    protected PartnerSandbox Partners { get; } = fixture.Partners;

    /// <summary>The module tables: emptied before each test, and read to show a refused request changed nothing.</summary>
    protected DatabaseReset Database { get; } = fixture.Reset;

    public virtual Task InitializeAsync()
    {
        fixture.Carriers.Reset();
        fixture.Partners.Reset();
        return fixture.Reset.ResetAsync();
    }

    public virtual Task DisposeAsync() => Task.CompletedTask;
}
