using Commerce.Integrations.Abstractions.Carriers;
using Commerce.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Integrations.Ups.Tests;

/// <summary>
/// UPS played by a local HTTP server: the token endpoint hands out ACCESS-TOKEN-1, -2, … and the adapter under test is
/// built the way the host builds it, through <see cref="UpsPlugin.AddServices"/> (so with the real retrying transport).
/// </summary>
internal sealed class FakeUps : IAsyncDisposable
{
    public const string TokenRoute = "/security/v1/oauth/token";

    private readonly ServiceProvider _services;
    private int _tokensIssued;

    private FakeUps(LocalHttpServer server, ServiceProvider services)
    {
        Server = server;
        _services = services;
        Adapter = services.GetRequiredService<ICarrierAdapter>();
        Account = Samples.Account(server.Address);
        server.On("POST", TokenRoute, _ =>
        {
            var n = Interlocked.Increment(ref _tokensIssued);
            return CannedResponse.Json(Samples.Payload("token.json").Replace("ACCESS-TOKEN-1", $"ACCESS-TOKEN-{n}"));
        });
    }

    public LocalHttpServer Server { get; }

    public ICarrierAdapter Adapter { get; }

    public CarrierAccount Account { get; }

    public IReadOnlyList<RecordedRequest> TokenRequests => Server.RequestsTo("POST", TokenRoute);

    public static async Task<FakeUps> StartAsync(TimeProvider? clock = null)
    {
        var server = await LocalHttpServer.StartAsync();
        var services = new ServiceCollection();
        if (clock is not null) services.AddSingleton(clock);
        new UpsPlugin().AddServices(services, new ConfigurationBuilder().Build());
        return new FakeUps(server, services.BuildServiceProvider());
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Server.DisposeAsync();
    }
}

/// <summary>A clock the test moves by hand.</summary>
internal sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
