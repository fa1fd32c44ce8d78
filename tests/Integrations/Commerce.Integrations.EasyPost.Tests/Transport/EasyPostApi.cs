using System.Text.RegularExpressions;
using Commerce.Integrations.Abstractions.Carriers;
using Commerce.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Integrations.EasyPost.Tests.Transport;

/// <summary>
/// A local EasyPost: a <see cref="LocalHttpServer"/> answering with the recorded cassette bodies (label file URLs
/// rewritten to point at it), and the adapter wired as the host wires it, through <see cref="EasyPostPlugin"/>.
/// </summary>
internal sealed partial class EasyPostApi : IAsyncDisposable
{
    public const string ApiKey = "EZTK_test_key_123";
    public static readonly byte[] PngLabel = [0x89, 0x50, 0x4E, 0x47, 1, 2, 3];
    public static readonly byte[] ZplLabel = "^XA^FDlabel^FS^XZ"u8.ToArray();

    private readonly ServiceProvider _services;

    private EasyPostApi(LocalHttpServer server, ServiceProvider services)
    {
        Server = server;
        _services = services;
        Adapter = services.GetServices<ICarrierAdapter>().Single(a => a.Metadata.Key == "easypost");
        Account = new CarrierAccount("acct-1", "easypost", new Dictionary<string, string>
        {
            ["ApiKey"] = ApiKey,
            ["BaseUrl"] = server.Address + "v2/",
        });
    }

    public LocalHttpServer Server { get; }

    public ICarrierAdapter Adapter { get; }

    public CarrierAccount Account { get; }

    public static async Task<EasyPostApi> StartAsync()
    {
        var server = await LocalHttpServer.StartAsync();
        server.On("GET", "files/postage_label/*/*", request => request.Path.EndsWith(".zpl", StringComparison.Ordinal)
            ? new CannedResponse(200, ContentType: "application/zpl") { Bytes = ZplLabel }
            : new CannedResponse(200, ContentType: "image/png") { Bytes = PngLabel });
        var services = new ServiceCollection();
        new EasyPostPlugin().AddServices(services, new ConfigurationBuilder().Build());
        return new EasyPostApi(server, services.BuildServiceProvider());
    }

    /// <summary>A recorded response body, with EasyPost's label file host replaced by the local server.</summary>
    public string Recording(string cassette, int index = 0) =>
        LabelFileHost().Replace(Recorded.ResponseBody(cassette, index), Server.Address.ToString());

    public CannedResponse Replay(string cassette, int index = 0) =>
        new(Recorded.ResponseStatus(cassette, index), Recording(cassette, index));

    [GeneratedRegex(@"https://easypost-files\.s3[.-]us-west-2\.amazonaws\.com/")]
    private static partial Regex LabelFileHost();

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Server.DisposeAsync();
    }
}
