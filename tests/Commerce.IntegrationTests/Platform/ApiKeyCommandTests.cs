using System.Net;
using Commerce.IntegrationTests.Infrastructure;
using Commerce.Kernel;

namespace Commerce.IntegrationTests.Platform;

/// <summary><c>api-keys create</c> on the server's command line issues a key that the API then accepts.</summary>
public sealed class ApiKeyCommandTests
{
    [Fact]
    public async Task The_command_line_issues_a_working_key_and_refuses_unknown_roles()
    {
        var database = await CommerceApp.NewDatabaseAsync(DatabaseProvider.Sqlite);

        var (exit, output, _) = await RunHostAsync(database, "api-keys", "create", "--name", "ops", "--roles", "admin,manager");
        Assert.Equal(0, exit);
        var key = output.Split('\n', StringSplitOptions.TrimEntries).Single(l => l.StartsWith("cmk_", StringComparison.Ordinal));

        var (refused, _, error) = await RunHostAsync(database, "api-keys", "create", "--name", "x", "--roles", "boss");
        Assert.Equal(2, refused);
        Assert.Contains("Unknown role", error);

        await using var app = await CommerceApp.StartAsync(DatabaseProvider.Sqlite, database);
        var client = app.AnonymousClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/admin/api-keys")).StatusCode);
    }

    private static Task<(int Exit, string Output, string Error)> RunHostAsync(string connectionString, params string[] arguments) =>
        HostCommandLine.RunAsync(connectionString, arguments);
}
