using System.Globalization;
using Commerce.Integrations.Abstractions.Fulfillment;
using Commerce.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Commerce.Integrations.SupplierEmail.Tests.Transport;

/// <summary>
/// The retailer's SMTP relay played by a <see cref="LocalSmtpServer"/> on 127.0.0.1, and the adapter wired as the host
/// wires it, through <see cref="SupplierEmailPlugin"/>, on a fixed clock.
/// </summary>
internal sealed class SupplierMailbox : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 31, 12, TimeSpan.Zero);

    private readonly ServiceProvider _services;

    private SupplierMailbox(LocalSmtpServer smtp, ServiceProvider services)
    {
        Smtp = smtp;
        _services = services;
        Adapter = services.GetServices<IFulfillmentPartnerAdapter>().Single(a => a.Metadata.Key == "supplier-email");
    }

    public LocalSmtpServer Smtp { get; }

    public IFulfillmentPartnerAdapter Adapter { get; }

    /// <summary>The supplier, sending through the local server without TLS (it offers none).</summary>
    public PartnerAccount Supplier(Action<Dictionary<string, string>>? change = null)
    {
        var settings = Orders.Settings(Smtp.Host, Smtp.Port);
        settings["Security"] = "none";
        change?.Invoke(settings);
        return Orders.Supplier(settings);
    }

    public static async Task<SupplierMailbox> StartAsync()
    {
        var smtp = await LocalSmtpServer.StartAsync();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now));
        new SupplierEmailPlugin().AddServices(services, new ConfigurationBuilder().Build());
        return new SupplierMailbox(smtp, services.BuildServiceProvider());
    }

    /// <summary>A port on 127.0.0.1 that nothing listens on: one the system just handed out and took back.</summary>
    public static int ClosedPort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public static string Text(int number) => number.ToString(CultureInfo.InvariantCulture);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}
