using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace Commerce.Testing;

/// <summary>
/// The built Commerce host, started as its own process on 127.0.0.1, as it runs in production: what it prints is kept,
/// and it is stopped with SIGTERM, as under systemd.
/// </summary>
public sealed partial class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _output;

    private HostProcess(Process process, Uri address, List<string> output) =>
        (_process, Address, _output) = (process, address, output);

    public Uri Address { get; }

    /// <summary>A client of the host whose requests carry this API key.</summary>
    public HttpClient ClientWithKey(string key)
    {
        var client = new HttpClient { BaseAddress = Address };
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    /// <summary>The admin key the host printed on its first start, if it printed one.</summary>
    public string? PrintedAdminKey => Output.Select(line => KeyPattern().Match(line)).FirstOrDefault(m => m.Success)?.Value;

    /// <summary>The admin key the host printed on its first start.</summary>
    public string AdminKey => PrintedAdminKey ?? throw new InvalidOperationException("The host printed no admin key: its database had keys already.");

    /// <summary>Every line the host has written to its standard output so far.</summary>
    public IReadOnlyList<string> Output
    {
        get
        {
            lock (_output) return _output.ToList();
        }
    }

    /// <summary>The CPU time the host has used so far, on all cores, in user and kernel mode.</summary>
    public TimeSpan ProcessorTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    /// <summary>
    /// The host on the given database, its data folder also its working directory. On a <paramref name="firstStart"/>
    /// (a database without keys) it answers once the host has printed its admin key as well.
    /// </summary>
    public static async Task<HostProcess> StartAsync(
        string hostDll, string provider, string connectionString, string dataFolder, IReadOnlyDictionary<string, string>? settings = null,
        bool firstStart = true)
    {
        var environment = new Dictionary<string, string>
        {
            ["Commerce__Database__Provider"] = provider,
            ["ConnectionStrings__Commerce"] = connectionString,
            ["Commerce__DataFolder"] = dataFolder,
        };
        foreach (var (name, value) in settings ?? new Dictionary<string, string>()) environment[name] = value;
        var host = await LaunchAsync(hostDll, dataFolder, environment, []);
        try
        {
            if (firstStart) await host.WaitForAdminKeyAsync();
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    /// <summary>The admin key the host prints on its first start, once its output has been read that far.</summary>
    public async Task<string> WaitForAdminKeyAsync()
    {
        for (var waited = Stopwatch.StartNew(); waited.Elapsed < TimeSpan.FromSeconds(30); await Task.Delay(50))
            if (PrintedAdminKey is { } key) return key;
        throw new TimeoutException("The host printed no admin key.");
    }

    /// <summary>
    /// The host run from <paramref name="workingDirectory"/> with only these settings and arguments (and a free port),
    /// as an operator starts it from a shell; answers once its health check does.
    /// </summary>
    public static async Task<HostProcess> LaunchAsync(
        string hostDll, string workingDirectory, IReadOnlyDictionary<string, string> environment, IReadOnlyList<string> arguments)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add(hostDll);
        foreach (var argument in arguments.Concat(["--urls", $"http://127.0.0.1:{port}"])) start.ArgumentList.Add(argument);
        // Only the settings given here: none the caller's shell happens to export (a developer's own database).
        foreach (var inherited in start.Environment.Keys.Where(IsHostSetting).ToList()) start.Environment.Remove(inherited);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (name, value) in environment) start.Environment[name] = value;
        var process = Process.Start(start) ?? throw new InvalidOperationException("The host did not start.");
        var output = new List<string>();
        var hostLog = Environment.GetEnvironmentVariable("BENCH_HOST_LOG");
        // A debugging aid of the benchmarks, flushed line by line: left to close with this process.
        var logWriter = hostLog is null ? null : new StreamWriter(hostLog) { AutoFlush = true };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (output)
            {
                output.Add(e.Data);
                logWriter?.WriteLine(e.Data);
            }

            if (e.Data.StartsWith("fail:", StringComparison.Ordinal) || e.Data.StartsWith("crit:", StringComparison.Ordinal))
                Console.Error.WriteLine($"host: {e.Data}");
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null) Console.Error.WriteLine($"host: {e.Data}");
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var address = new Uri($"http://127.0.0.1:{port}");
        try
        {
            await WaitUntilHealthyAsync(process, address);
        }
        catch (Exception e)
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            string tail;
            lock (output) tail = string.Join(Environment.NewLine, output.TakeLast(40));
            throw new InvalidOperationException($"{e.Message} Its last output:{Environment.NewLine}{tail}", e);
        }

        return new HostProcess(process, address, output);
    }

    private static bool IsHostSetting(string name) =>
        name.StartsWith("Commerce__", StringComparison.OrdinalIgnoreCase) ||
        name.StartsWith("ConnectionStrings__", StringComparison.OrdinalIgnoreCase) ||
        name.StartsWith("ASPNETCORE_", StringComparison.OrdinalIgnoreCase) ||
        name.StartsWith("Logging__", StringComparison.OrdinalIgnoreCase);

    private static async Task WaitUntilHealthyAsync(Process process, Uri address)
    {
        using var probe = new HttpClient { BaseAddress = address };
        for (var waited = Stopwatch.StartNew(); ; await Task.Delay(100))
        {
            if (process.HasExited) throw new InvalidOperationException($"The host exited with {process.ExitCode} before it answered.");
            if (waited.Elapsed > TimeSpan.FromMinutes(2)) throw new TimeoutException("The host did not answer /health within 2 minutes.");
            try
            {
                if ((await probe.GetAsync("/health")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
        }
    }

    /// <summary>Stops the host with SIGTERM and answers its exit code, once it has shut down.</summary>
    public async Task<int> StopAsync()
    {
        if (!_process.HasExited)
        {
            Process.Start("kill", $"-TERM {_process.Id}")?.WaitForExit();
            if (!await WaitForExitAsync(TimeSpan.FromSeconds(30))) _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        return _process.ExitCode;
    }

    /// <summary>Kills the host at once (SIGKILL), as a power cut or the OOM killer would: no shutdown, nothing flushed.</summary>
    public async Task CrashAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _process.Dispose();
    }
    private async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        try
        {
            await _process.WaitForExitAsync().WaitAsync(timeout);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex("cmk_[A-Za-z0-9_-]{20,}")]
    private static partial Regex KeyPattern();
}
