using Commerce.IntegrationTests.Infrastructure;
using Commerce.Kernel;

namespace Commerce.IntegrationTests.Platform;

/// <summary>
/// The host loads its Wolverine handlers from code generated ahead of time (src/Host/Commerce.Host/Internal/Generated).
/// Code left stale by a changed handler would run the old middleware, so it must match what the handlers generate now.
/// </summary>
public sealed class GeneratedHandlerCodeTests
{
    private const string Folder = "Internal/Generated/WolverineHandlers";

    /// <summary>SQLite and PostgreSQL load the same code; SQL Server (no message store) generates its own at run time.</summary>
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task The_pre_generated_handler_code_is_what_the_handlers_generate_now(DatabaseProvider provider)
    {
        var scratch = Directory.CreateTempSubdirectory("commerce-codegen-").FullName;
        try
        {
            // Generating code builds the host's configuration but never connects to the database.
            var database = provider == DatabaseProvider.Sqlite
                ? $"Data Source={Path.Combine(scratch, "commerce.db")}"
                : "Host=127.0.0.1;Port=9;Database=codegen;Username=codegen;Password=codegen";
            var (exit, output, error) = await HostCommandLine.RunAsync(database, ["codegen", "write"], workingDirectory: scratch,
                environment: new Dictionary<string, string> { ["Commerce__Database__Provider"] = provider.ToString() });
            Assert.True(exit == 0, $"codegen write failed ({exit}): {output} {error}");

            var generated = Files(Path.Combine(scratch, Folder));
            var committed = Files(Path.Combine(HostCommandLine.RepositoryRoot(), "src/Host/Commerce.Host", Folder));
            const string fix = "run scripts/generate-handlers.sh and commit the result";
            Assert.True(generated.Keys.Order().SequenceEqual(committed.Keys.Order()),
                $"Handlers changed: new [{string.Join(", ", generated.Keys.Except(committed.Keys))}], " +
                $"gone [{string.Join(", ", committed.Keys.Except(generated.Keys))}]; {fix}.");
            var differing = generated.Where(file => file.Value != committed[file.Key]).Select(file => file.Key).ToList();
            Assert.True(differing.Count == 0, $"Stale generated code in {string.Join(", ", differing)}; {fix}.");
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    private static Dictionary<string, string> Files(string folder) =>
        Directory.GetFiles(folder, "*.cs").ToDictionary(f => Path.GetFileName(f), f => File.ReadAllText(f).ReplaceLineEndings("\n"));
}
