using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.Loader;

namespace Commerce.Host.Plugins;

/// <summary>
/// The load context of one drop-in plugin. The plugin's own dependencies come from its folder, as its
/// <c>.deps.json</c> lists them; what the host shares comes from the host, so that <c>IIntegrationPlugin</c>,
/// <c>IServiceCollection</c> or <c>HttpClient</c> are the same types on both sides (see <see cref="HostAssemblies"/>).
/// </summary>
internal sealed class PluginLoadContext(string pluginAssemblyPath, string name) : AssemblyLoadContext($"plugin:{name}", isCollectible: false)
{
    private readonly AssemblyDependencyResolver _resolver = new(pluginAssemblyPath);

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        // null: the default context (the host's copy) loads it.
        if (HostAssemblies.Shares(assemblyName)) return null;
        return _resolver.ResolveAssemblyToPath(assemblyName) is { } path ? LoadFromAssemblyPath(path) : null;
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName) =>
        _resolver.ResolveUnmanagedDllToPath(unmanagedDllName) is { } path ? LoadUnmanagedDllFromPath(path) : IntPtr.Zero;
}

/// <summary>
/// Which assemblies a plugin gets from the host rather than from its own folder:
/// <list type="bullet">
/// <item>the contract, always: <c>Commerce.Integrations.Abstractions</c> and every <c>Commerce.*.Contracts</c> (a copy
/// shipped in the plugin's folder is ignored; the manifest's <c>abstractions</c> version says whether they fit);</item>
/// <item>anything else the host has — the framework, <c>Microsoft.Extensions.*</c>, Polly — when the host's copy has the
/// same major version and is at least as new as the one the plugin was built against. A plugin that needs a newer or
/// another major version of a library brings its own copy, which stays private to it.</item>
/// </list>
/// </summary>
internal static class HostAssemblies
{
    public const string ContractAssembly = "Commerce.Integrations.Abstractions";

    private static readonly Lazy<IReadOnlyDictionary<string, string>> TrustedPlatformAssemblies = new(ReadTrustedPlatformAssemblies);
    private static readonly ConcurrentDictionary<string, Version?> HostVersions = new(StringComparer.OrdinalIgnoreCase);

    public static bool IsContract(string? name) =>
        name is not null
        && (name == ContractAssembly
            || (name.StartsWith("Commerce.", StringComparison.Ordinal) && name.EndsWith(".Contracts", StringComparison.Ordinal)));

    public static bool Shares(AssemblyName requested)
    {
        if (IsContract(requested.Name)) return true;
        if (requested.Name is null || HostVersion(requested.Name) is not { } host) return false;
        return requested.Version is not { } wanted || (host.Major == wanted.Major && host >= wanted);
    }

    /// <summary>The version of the assembly the host loaded or would load under that name; null when it has none.</summary>
    private static Version? HostVersion(string name) => HostVersions.GetOrAdd(name, static name =>
    {
        var loaded = AssemblyLoadContext.Default.Assemblies.FirstOrDefault(a => string.Equals(a.GetName().Name, name, StringComparison.OrdinalIgnoreCase));
        if (loaded is not null) return loaded.GetName().Version;
        if (!TrustedPlatformAssemblies.Value.TryGetValue(name, out var path)) return null;
        try
        {
            return AssemblyName.GetAssemblyName(path).Version;
        }
        catch (Exception e) when (e is IOException or BadImageFormatException or UnauthorizedAccessException)
        {
            return null;
        }
    });

    private static IReadOnlyDictionary<string, string> ReadTrustedPlatformAssemblies()
    {
        var paths = (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var byName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in paths) byName.TryAdd(Path.GetFileNameWithoutExtension(path), path);
        return byName;
    }
}
