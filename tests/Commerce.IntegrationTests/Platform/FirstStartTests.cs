using System.Net;
using System.Text.Json.Nodes;
using Commerce.IntegrationTests.Infrastructure;
using Commerce.Testing;
using Microsoft.Data.Sqlite;

namespace Commerce.IntegrationTests.Platform;

/// <summary>
/// A newcomer's first start, as the README has it: the built host run from an empty folder with no settings at all (no
/// provider, no connection string) and <c>--demo</c>. It makes its SQLite database under <c>data/</c>, prints an admin
/// key once, loads the demo shop through its own API, shuts down cleanly on SIGTERM, and on the next start prints no
/// key and loads nothing twice.
/// </summary>
public sealed class FirstStartTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("commerce-first-start-").FullName;

    [Fact]
    public async Task A_first_start_with_no_settings_makes_its_database_prints_one_admin_key_and_loads_the_demo_once()
    {
        string key;
        await using (var first = await LaunchAsync())
        {
            key = await first.WaitForAdminKeyAsync();
            Assert.True(File.Exists(Path.Combine(_folder, "data", "commerce.db")), "no data/commerce.db in the working folder");
            using var client = first.ClientWithKey(key);

            // The loader revokes its own key once it has loaded everything: then only the printed key is left active.
            var keys = await Api.Eventually(() => client.GetAsync("/api/admin/api-keys").ExpectJson(HttpStatusCode.OK),
                list => LoaderKeys(list).Any(k => k["revokedAt"] is not null), timeoutSeconds: 60);
            var active = keys.AsArray().Where(k => k!["revokedAt"] is null).Select(k => (string?)k!["name"]).ToList();
            Assert.Equal(["first-admin"], active);

            var orders = await Api.Eventually(() => client.GetAsync("/api/orders?pageSize=100").ExpectJson(HttpStatusCode.OK),
                page => page["items"]!.AsArray().All(o => (string?)o!["status"] != "Placed"), timeoutSeconds: 60);
            Assert.Equal(30, (int?)orders["total"]);
            Assert.DoesNotContain(orders["items"]!.AsArray(), o => (string?)o!["status"] == "Placed");
            Assert.Single(orders["items"]!.AsArray(), o => (string?)o!["status"] == "Cancelled");
            Assert.Equal(15, (int?)(await client.GetAsync("/api/inventory/skus?pageSize=1").ExpectJson(HttpStatusCode.OK))["total"]);
            Assert.Equal(2, (await client.GetAsync("/api/inventory/locations").ExpectJson(HttpStatusCode.OK)).AsArray().Count);

            Assert.Equal(0, await first.StopAsync());
            Assert.DoesNotContain(first.Output, line => line.StartsWith("fail:", StringComparison.Ordinal));
        }

        // As if the first load had been cut short (the host killed) before it revoked its key.
        await UnrevokeLoaderKeysAsync();

        await using var second = await LaunchAsync();
        using var again = second.ClientWithKey(key);
        // The loader runs again, revokes the key the cut-short load left, finds the catalog, and revokes its own key:
        // then nothing more will be loaded.
        var loaders = await Api.Eventually(() => again.GetAsync("/api/admin/api-keys").ExpectJson(HttpStatusCode.OK),
            list => LoaderKeys(list).Count(k => k["revokedAt"] is not null) == 2, timeoutSeconds: 60);
        Assert.Equal(2, LoaderKeys(loaders).Count(k => k["revokedAt"] is not null));
        Assert.Equal(["first-admin"], loaders.AsArray().Where(k => k!["revokedAt"] is null).Select(k => (string?)k!["name"]).ToList());
        Assert.Equal(30, (int?)(await again.GetAsync("/api/orders?pageSize=1").ExpectJson(HttpStatusCode.OK))["total"]);
        Assert.Equal(15, (int?)(await again.GetAsync("/api/inventory/skus?pageSize=1").ExpectJson(HttpStatusCode.OK))["total"]);
        Assert.Equal(0, await second.StopAsync());
        Assert.Null(second.PrintedAdminKey);
    }

    private async Task UnrevokeLoaderKeysAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_folder, "data", "commerce.db")};Pooling=false");
        await connection.OpenAsync();
        await using var update = connection.CreateCommand();
        update.CommandText = "UPDATE platform_api_keys SET revoked_at = NULL WHERE name = 'demo-loader'";
        Assert.Equal(1, await update.ExecuteNonQueryAsync());
    }

    private static IEnumerable<JsonNode> LoaderKeys(JsonNode list) =>
        list.AsArray().Select(k => k!).Where(k => (string?)k["name"] == "demo-loader");

    private Task<HostProcess> LaunchAsync() =>
        HostProcess.LaunchAsync(HostCommandLine.HostAssembly(), _folder, new Dictionary<string, string>(), ["--demo"]);



    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}
