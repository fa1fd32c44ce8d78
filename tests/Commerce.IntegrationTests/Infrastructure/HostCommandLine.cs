using System.Diagnostics;

namespace Commerce.IntegrationTests.Infrastructure;

/// <summary>The built host run as its own process, as an operator runs it from a shell.</summary>
public static class HostCommandLine
{
    public static async Task<(int Exit, string Output, string Error)> RunAsync(
        string connectionString, IReadOnlyList<string> arguments, string? workingDirectory = null,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        if (workingDirectory is not null) start.WorkingDirectory = workingDirectory;
        start.ArgumentList.Add(HostAssembly());
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["ConnectionStrings__Commerce"] = connectionString;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return (process.ExitCode, await output, await error);
    }

    /// <summary>The folder holding Commerce.sln, above the tests' build output.</summary>
    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "Commerce.sln"))) return folder.FullName;
        throw new InvalidOperationException($"No Commerce.sln above {AppContext.BaseDirectory}.");
    }

    /// <summary>The host as built next to its project, in the configuration these tests were built in.</summary>
    public static string HostAssembly()
    {
        var testFolder = new DirectoryInfo(AppContext.BaseDirectory); // tests/Commerce.IntegrationTests/bin/{Configuration}/net10.0/
        var configuration = testFolder.Parent!.Name;
        return Path.Combine(RepositoryRoot(), "src/Host/Commerce.Host/bin", configuration, testFolder.Name, "Commerce.Host.dll");
    }
}
