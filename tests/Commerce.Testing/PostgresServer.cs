using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Commerce.Testing;

/// <summary>
/// The PostgreSQL server the tests run against: the one named by COMMERCE_TEST_POSTGRES (a connection string to a
/// database whose user may create databases), or else a throwaway cluster made with initdb and started with pg_ctl on
/// 127.0.0.1 and a free port, in a temporary folder removed when the test run ends.
/// </summary>
public static class PostgresServer
{
    private static readonly Lazy<string> AdminConnectionString = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);
    private static string? _dataFolder;

    /// <summary>Creates an empty database for one test host and returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync(string prefix)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}"[..40].ToLowerInvariant();
        await using (var connection = new NpgsqlConnection(AdminConnectionString.Value))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(AdminConnectionString.Value) { Database = name, Pooling = true }.ConnectionString;
    }

    private static string Start()
    {
        var given = Environment.GetEnvironmentVariable("COMMERCE_TEST_POSTGRES");
        if (!string.IsNullOrWhiteSpace(given)) return given;

        var initdb = FindBinary("initdb");
        var pgCtl = FindBinary("pg_ctl");
        _dataFolder = Directory.CreateTempSubdirectory("commerce-pg-").FullName;
        var runAsPostgres = Environment.UserName == "root";
        if (runAsPostgres) Run("chown", $"-R postgres:postgres {_dataFolder}");
        var cluster = Path.Combine(_dataFolder, "cluster");
        var port = FreePort();
        RunAs(runAsPostgres, initdb, $"-D {cluster} -U commerce --auth=trust --encoding=UTF8 --no-sync");
        RunAs(runAsPostgres, pgCtl,
            $"-D {cluster} -l {Path.Combine(_dataFolder, "server.log")} -w -t 60 " +
            $"-o \"-h 127.0.0.1 -p {port} -k {_dataFolder} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300\" start");
        StopWhenThisProcessEnds(runAsPostgres, pgCtl, cluster);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                RunAs(runAsPostgres, pgCtl, $"-D {cluster} -m immediate -w stop");
                Directory.Delete(_dataFolder, recursive: true);
            }
            catch (Exception)
            {
                // The run is over; a leftover temp folder is all that can remain.
            }
        };
        return $"Host=127.0.0.1;Port={port};Username=commerce;Database=postgres;Maximum Pool Size=100";
    }

    /// <summary>
    /// The test runner may kill its test process before exit handlers finish, which left clusters running after
    /// <c>dotnet test</c>. A watchdog in its own session outlives this process and stops the cluster once it is gone.
    /// </summary>
    private static void StopWhenThisProcessEnds(bool asPostgres, string pgCtl, string cluster)
    {
        var stop = (asPostgres ? "runuser -u postgres -- " : "") + $"'{pgCtl}' -D '{cluster}' -m immediate -w stop";
        var script = $"while kill -0 {Environment.ProcessId} 2>/dev/null; do sleep 2; done; {stop} >/dev/null 2>&1; rm -rf '{_dataFolder}'";
        var watchdog = new ProcessStartInfo("setsid", ["sh", "-c", script])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        Process.Start(watchdog)?.Dispose();
    }

    private static string FindBinary(string name)
    {
        var candidates = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':')
            .Concat(Directory.Exists("/usr/lib/postgresql")
                ? Directory.GetDirectories("/usr/lib/postgresql").OrderDescending().Select(d => Path.Combine(d, "bin"))
                : []);
        return candidates.Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists)
               ?? throw new InvalidOperationException(
                   $"{name} was not found. Install PostgreSQL (Debian: apt-get install postgresql) or set COMMERCE_TEST_POSTGRES.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void RunAs(bool asPostgres, string file, string arguments)
    {
        if (asPostgres) Run("runuser", $"-u postgres -- {file} {arguments}");
        else Run(file, arguments);
    }

    private static void Run(string file, string arguments)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000)) throw new TimeoutException($"{file} {arguments} did not finish.");
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} {arguments} failed ({process.ExitCode}): {output.Result}{error.Result}");
    }
}
