using Microsoft.Extensions.Configuration;

namespace Commerce.Kernel;

/// <summary>
/// Which database Commerce runs on. Read from <c>Commerce:Database:Provider</c> (Sqlite, Postgres, SqlServer) and
/// <c>ConnectionStrings:Commerce</c>; with neither set, an SQLite file in the data folder. On SQLite,
/// <c>Commerce:Database:SqliteSynchronous</c> says how durable a commit is (<see cref="Kernel.SqliteSynchronous"/>), and
/// <c>Commerce:Database:SqliteBackgroundCheckpoints</c> (true unless set to false) who copies the write-ahead log into
/// the file (<see cref="Persistence.SqliteCheckpointer"/>).
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string ConnectionStringName = "Commerce";

    public SqliteSynchronous SqliteSynchronous { get; init; } = SqliteSynchronous.Full;

    /// <summary>The write-ahead log is checkpointed in the background; when false, by the commits, as SQLite does by default.</summary>
    public bool SqliteBackgroundCheckpoints { get; init; } = true;

    public static DatabaseSettings FromConfiguration(IConfiguration configuration)
    {
        var providerText = configuration["Commerce:Database:Provider"];
        var provider = DatabaseProvider.Sqlite;
        if (!string.IsNullOrWhiteSpace(providerText) && !Enum.TryParse(providerText, ignoreCase: true, out provider))
        {
            throw new InvalidOperationException(
                $"Commerce:Database:Provider is '{providerText}'; use one of {string.Join(", ", Enum.GetNames<DatabaseProvider>())}.");
        }

        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (provider != DatabaseProvider.Sqlite)
            {
                throw new InvalidOperationException(
                    $"Commerce:Database:Provider is {provider}: set ConnectionStrings:{ConnectionStringName} (environment variable ConnectionStrings__{ConnectionStringName}).");
            }

            var dataFolder = Path.GetFullPath(configuration["Commerce:DataFolder"] ?? "data");
            Directory.CreateDirectory(dataFolder);
            connectionString = $"Data Source={Path.Combine(dataFolder, "commerce.db")}";
        }

        var synchronous = SynchronousFrom(configuration["Commerce:Database:SqliteSynchronous"]);
        var backgroundCheckpoints = BackgroundCheckpointsFrom(configuration["Commerce:Database:SqliteBackgroundCheckpoints"]);
        return new DatabaseSettings(provider, connectionString) { SqliteSynchronous = synchronous, SqliteBackgroundCheckpoints = backgroundCheckpoints };
    }

    private static bool BackgroundCheckpointsFrom(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (bool.TryParse(text.Trim(), out var on)) return on;
        throw new InvalidOperationException($"Commerce:Database:SqliteBackgroundCheckpoints is '{text}'; use true or false.");
    }

    private static SqliteSynchronous SynchronousFrom(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return SqliteSynchronous.Full;
        // By name only: SQLite numbers these settings differently.
        foreach (var value in Enum.GetValues<SqliteSynchronous>())
        {
            if (value.ToString().Equals(text.Trim(), StringComparison.OrdinalIgnoreCase)) return value;
        }

        throw new InvalidOperationException(
            $"Commerce:Database:SqliteSynchronous is '{text}'; use one of {string.Join(", ", Enum.GetNames<SqliteSynchronous>())}.");
    }
}
