using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Commerce.IntegrationTests.Infrastructure;

/// <summary>
/// A plugin folder made the way an operator makes one: the sample third-party connector (samples/Acme.Commerce.Connector)
/// built with <c>dotnet build -o</c> into its own subfolder, plus plugins the host must refuse. Built once per test run;
/// the caller of the test run holds the build lock already, so this build takes none.
/// </summary>
public static class SamplePlugins
{
    public const string AcmeKey = "acme-shop";

    /// <summary>The Acme build with a manifest for plugin contract 2.0, which this host does not have.</summary>
    public const string FutureContractFolder = "acme-shop-next";

    /// <summary>The Acme build with a manifest naming a class that is not in the assembly.</summary>
    public const string WrongEntryTypeFolder = "acme-wrong-entry";

    /// <summary>The Acme build with a manifest claiming a built-in plugin's key.</summary>
    public const string TakenKeyFolder = "acme-as-shopify";

    public const string MissingEntryType = "Acme.Commerce.Connector.NoSuchPlugin";

    private static readonly Lazy<Task<string>> Folder = new(BuildAsync);

    /// <summary>The plugin folder (absolute path), built on first use.</summary>
    public static Task<string> FolderAsync() => Folder.Value;

    private static async Task<string> BuildAsync()
    {
        var folder = Directory.CreateTempSubdirectory("commerce-plugins-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // Left to the OS's temp cleaning.
            }
        };

        var acme = Path.Combine(folder, AcmeKey);
        await DotnetBuildAsync(Path.Combine(HostCommandLine.RepositoryRoot(), "samples", "Acme.Commerce.Connector"), acme);

        CopyWithManifest(acme, Path.Combine(folder, FutureContractFolder), m =>
        {
            m["key"] = "acme-shop-next";
            m["abstractions"] = "2.0";
        });
        CopyWithManifest(acme, Path.Combine(folder, WrongEntryTypeFolder), m =>
        {
            m["key"] = "acme-wrong-entry";
            m["entryType"] = MissingEntryType;
        });
        CopyWithManifest(acme, Path.Combine(folder, TakenKeyFolder), m => m["key"] = "shopify");
        return folder;
    }

    private static async Task DotnetBuildAsync(string project, string output)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["build", project, "-c", "Release", "-o", output, "--nologo", "--disable-build-servers"])
            start.ArgumentList.Add(argument);
        // The test host runs under MSBuild's environment; a nested build must find its own SDK and targets.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
            start.Environment.Remove(name);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"dotnet build of {project} took more than 5 minutes:\n{await stdout}\n{await stderr}");
        }

        if (process.ExitCode != 0)
            throw new InvalidOperationException($"dotnet build of {project} failed ({process.ExitCode}):\n{await stdout}\n{await stderr}");
    }

    private static void CopyWithManifest(string from, string to, Action<JsonObject> change)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        var manifestPath = Path.Combine(to, "plugin.json");
        var manifest = JsonNode.Parse(File.ReadAllText(manifestPath))!.AsObject();
        change(manifest);
        File.WriteAllText(manifestPath, manifest.ToJsonString());
    }
}
