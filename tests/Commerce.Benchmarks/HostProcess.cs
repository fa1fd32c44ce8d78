using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace Commerce.Benchmarks;

/// <summary>The built Commerce host, started as its own process on 127.0.0.1, as it runs in production.</summary>
public sealed partial class HostProcess : IAsyncDisposable
{
    private readonly Process _process;

    private HostProcess(Process process, Uri address, string adminKey) =>
        (_process, Address, AdminKey) = (process, address, adminKey);

    public Uri Address { get; }
    public string AdminKey { get; }

    /// <summary>The CPU time the host has used so far, on all cores, in user and kernel mode.</summary>
    public TimeSpan ProcessorTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    public static async Task<HostProcess> StartAsync(
        string hostDll, string provider, string connectionString, string dataFolder, IReadOnlyDictionary<string, string>? settings = null)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", $"\"{hostDll}\" --urls http://127.0.0.1:{port}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = dataFolder,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Commerce__Database__Provider"] = provider,
                ["ConnectionStrings__Commerce"] = connectionString,
                ["Commerce__DataFolder"] = dataFolder,
                ["Logging__LogLevel__Default"] = "Warning",
            },
        };
        foreach (var (name, value) in settings ?? new Dictionary<string, string>()) start.Environment[name] = value;
        var process = Process.Start(start) ?? throw new InvalidOperationException("The host did not start.");
        var key = new TaskCompletionSource<string>();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null && KeyPattern().Match(e.Data) is { Success: true } match) key.TrySetResult(match.Value);
        };
        var hostLog = Environment.GetEnvironmentVariable("BENCH_HOST_LOG");
        var logWriter = hostLog is null ? null : new StreamWriter(hostLog) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (start) logWriter?.WriteLine(e.Data); };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null && e.Data.Contains("fail:", StringComparison.Ordinal)) Console.Error.WriteLine($"host: {e.Data}");
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var adminKey = await key.Task.WaitAsync(TimeSpan.FromMinutes(2));
        var address = new Uri($"http://127.0.0.1:{port}");
        using var probe = new HttpClient { BaseAddress = address };
        for (var i = 0; i < 600; i++)
        {
            try
            {
                if ((await probe.GetAsync("/health")).IsSuccessStatusCode) break;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        return new HostProcess(process, address, adminKey);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // SIGTERM: the host shuts down gracefully, as under systemd.
            Process.Start("kill", $"-TERM {_process.Id}")?.WaitForExit();
            if (!await WaitForExitAsync(TimeSpan.FromSeconds(30))) _process.Kill(entireProcessTree: true);
        }

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
