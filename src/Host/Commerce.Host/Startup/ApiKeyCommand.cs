using Commerce.Host.Security;
using Commerce.Kernel.Auditing;
using Commerce.Kernel.Security;

namespace Commerce.Host.Startup;

/// <summary>
/// <c>api-keys create --name NAME --roles ROLE[,ROLE]</c>: issues a key from the server's command line, for when no admin
/// key is at hand. Migrates the database first, prints the key once, and exits without serving.
/// </summary>
public static class ApiKeyCommand
{
    public const string Verb = "api-keys";

    public static bool Matches(string[] args) => args.Length > 0 && args[0] == Verb;

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        string? Option(string name) =>
            args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();

        if (args.Length < 2 || args[1] != "create")
        {
            Console.Error.WriteLine($"usage: {Verb} create --name NAME --roles {string.Join("|", Roles.All)}[,…]");
            return 2;
        }

        var name = Option("--name");
        var roles = (Option("--roles") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var unknown = roles.Where(r => !Roles.All.Contains(r)).ToList();
        if (string.IsNullOrWhiteSpace(name) || roles.Length == 0 || unknown.Count > 0)
        {
            Console.Error.WriteLine(unknown.Count > 0
                ? $"Unknown role(s): {string.Join(", ", unknown)}. Roles: {string.Join(", ", Roles.All)}."
                : $"usage: {Verb} create --name NAME --roles {string.Join("|", Roles.All)}[,…]");
            return 2;
        }

        await app.Services.GetServices<IHostedService>().OfType<DatabaseMigrator>().Single().StartAsync(CancellationToken.None);
        using var actor = Actor.Use($"cli:{Environment.UserName}");
        using var scope = app.Services.CreateScope();
        var issued = await scope.ServiceProvider.GetRequiredService<ApiKeyService>().IssueAsync(name.Trim(), roles, CancellationToken.None);
        Console.WriteLine(issued.Key);
        Console.Error.WriteLine($"Created API key '{issued.Name}' ({string.Join(", ", issued.Roles)}), id {issued.Id}. It is shown this once.");
        return 0;
    }
}
