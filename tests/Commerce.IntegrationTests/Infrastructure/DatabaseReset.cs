using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Commerce.Kernel;
using Microsoft.Data.Sqlite;
using Npgsql;
using Respawn;
using Respawn.Graph;

namespace Commerce.IntegrationTests.Infrastructure;

/// <summary>
/// Empties the modules' tables between tests with Respawn. Keeps the migration history, Wolverine's and Quartz's tables
/// and the platform's API keys, so the running host and its clients carry on.
/// </summary>
public sealed class DatabaseReset
{
    private static readonly string[] ModuleSchemas = ["inventory", "orders", "warehouse", "shipping", "storefronts"];
    private readonly DatabaseProvider _provider;
    private readonly string _connectionString;
    private Respawner? _respawner;

    public DatabaseReset(DatabaseProvider provider, string connectionString) =>
        (_provider, _connectionString) = (provider, connectionString);

    public async Task ResetAsync()
    {
        // The host keeps handling the previous test's messages; a delete can meet one of its transactions (a deadlock on
        // PostgreSQL, a busy file on SQLite). Trying again a moment later is all it takes.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var connection = Open();
                await connection.OpenAsync();
                _respawner ??= await Respawner.CreateAsync(connection, await OptionsAsync(connection));
                await _respawner.ResetAsync(connection);
                return;
            }
            catch (DbException e) when (attempt < 10 && e is PostgresException { SqlState: "40P01" or "55P03" } or SqliteException { SqliteErrorCode: 5 or 6 })
            {
                await Task.Delay(100 * attempt);
            }
        }
    }

    /// <summary>
    /// What every table of the modules and the platform (API keys, users, their audit) holds, as its number of rows and a
    /// digest of their values: what a refused request must leave exactly as it was, updates included. Wolverine's and
    /// Quartz's tables are left out, as their agents write on their own. Taken once the tables have stopped changing
    /// (the host may still be handling an earlier request's messages).
    /// </summary>
    public async Task<IReadOnlyDictionary<string, string>> SnapshotAsync()
    {
        var snapshot = await ReadSnapshotAsync();
        for (var settling = Stopwatch.StartNew(); settling.Elapsed < TimeSpan.FromSeconds(10);)
        {
            await Task.Delay(300);
            var again = await ReadSnapshotAsync();
            if (again.SequenceEqual(snapshot)) return again;
            snapshot = again;
        }

        throw new TimeoutException("The module tables kept changing for 10 s.");
    }

    private async Task<SortedDictionary<string, string>> ReadSnapshotAsync()
    {
        await using var connection = Open();
        await connection.OpenAsync();
        var tables = await TablesAsync(connection, ModuleSchemas.Append("platform"));

        var snapshot = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM {string.Join('.', table.Split('.').Select(part => $"\"{part}\""))}";
            var rows = new List<string>();
            await using (var reader = await select.ExecuteReaderAsync())
            {
                var values = new object[reader.FieldCount];
                while (await reader.ReadAsync())
                {
                    reader.GetValues(values);
                    rows.Add(string.Join('\u001f', values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture))));
                }
            }

            rows.Sort(StringComparer.Ordinal);
            var digest = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001e', rows))));
            snapshot[table] = $"{rows.Count} rows, {digest[..16]}";
        }

        return snapshot;
    }

    /// <summary>The tables of these schemas (on SQLite, of these prefixes), without their migration history.</summary>
    private async Task<List<string>> TablesAsync(DbConnection connection, IEnumerable<string> schemas)
    {
        await using var list = connection.CreateCommand();
        list.CommandText = _provider == DatabaseProvider.Sqlite
            ? "SELECT name FROM sqlite_master WHERE type = 'table'"
            : "SELECT table_schema || '.' || table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE'";
        var separator = _provider == DatabaseProvider.Sqlite ? "_" : ".";
        var prefixes = schemas.Select(schema => schema + separator).ToList();
        var tables = new List<string>();
        await using var reader = await list.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var name = reader.GetString(0);
            if (prefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal)) && !name.EndsWith("ef_migrations_history", StringComparison.Ordinal))
                tables.Add(name);
        }

        return tables;
    }

    private DbConnection Open() => _provider == DatabaseProvider.Sqlite
        ? new SqliteConnection(_connectionString)
        : new NpgsqlConnection(_connectionString);

    private async Task<RespawnerOptions> OptionsAsync(DbConnection connection)
    {
        if (_provider != DatabaseProvider.Sqlite)
        {
            return new RespawnerOptions
            {
                DbAdapter = DbAdapter.Postgres,
                SchemasToInclude = ModuleSchemas,
                TablesToIgnore = [new Table("ef_migrations_history")],
            };
        }

        var tables = (await TablesAsync(connection, ModuleSchemas)).Select(name => new Table(name)).ToArray();
        return new RespawnerOptions { DbAdapter = DbAdapter.Sqlite, TablesToInclude = tables };
    }
}
