using System.Text.Json.Nodes;
using Commerce.IntegrationTests.Infrastructure;
using Commerce.Testing;

namespace Commerce.IntegrationTests.Platform;

/// <summary>
/// With <c>Logging:Console:FormatterName=json</c> every log line is one JSON object whose message template's values are
/// fields of their own, ready for a log shipper; the admin key printed at first start is never in a log line.
/// </summary>
public sealed class StructuredLogTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("commerce-logs-").FullName;

    [Fact]
    public async Task Log_lines_are_json_objects_with_their_values_as_fields_and_never_the_admin_key()
    {
        string key;
        IReadOnlyList<string> output;
        await using (var host = await HostProcess.LaunchAsync(HostCommandLine.HostAssembly(), _folder, new Dictionary<string, string>
                     {
                         ["Logging__Console__FormatterName"] = "json",
                         ["Logging__LogLevel__Default"] = "Information",
                     }, []))
        {
            key = await host.WaitForAdminKeyAsync();
            Assert.Equal(0, await host.StopAsync());
            output = host.Output;
        }

        var logLines = output.Where(line => line.StartsWith('{')).ToList();
        Assert.NotEmpty(logLines);
        var entries = logLines.Select(line => JsonNode.Parse(line)!).ToList();
        Assert.All(entries, entry => Assert.NotNull(entry["Category"]));
        var created = Assert.Single(entries, e => (string?)e["Category"] == "Commerce.Host.Startup.FirstAdminKey");
        Assert.Equal("Warning", (string?)created["LogLevel"]);
        Assert.True(Guid.TryParse((string?)created["State"]!["KeyId"], out _), created.ToJsonString());
        Assert.Contains(entries, e => (string?)e["Category"] == "Microsoft.Hosting.Lifetime");
        Assert.DoesNotContain(logLines, line => line.Contains(key, StringComparison.Ordinal));
        Assert.DoesNotContain(output.Where(line => !line.StartsWith('{')), line =>
            line.Contains("info:", StringComparison.Ordinal) || line.Contains("warn:", StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
