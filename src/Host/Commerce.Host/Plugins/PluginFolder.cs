using System.Reflection;
using Commerce.Integrations.Abstractions;

namespace Commerce.Host.Plugins;

/// <summary>
/// Loads the drop-in plugins of a folder: each subfolder holds one plugin, its <c>plugin.json</c>, its assembly and its
/// own dependencies. A plugin that cannot be used is refused with the reason and the others load; nothing here throws.
/// </summary>
internal static class PluginFolder
{
    /// <param name="folder">The plugin folder (need not exist).</param>
    /// <param name="takenKeys">Keys already in use (the built-in plugins'), with who holds them; loaded plugins add theirs.</param>
    public static (IReadOnlyList<LoadedPlugin> Loaded, IReadOnlyList<RefusedPlugin> Refused) LoadAll(
        string folder, Dictionary<string, string> takenKeys)
    {
        var loaded = new List<LoadedPlugin>();
        var refused = new List<RefusedPlugin>();
        if (!Directory.Exists(folder)) return (loaded, refused);

        foreach (var pluginFolder in Directory.GetDirectories(folder).Order(StringComparer.Ordinal))
        {
            var outcome = LoadOne(pluginFolder, takenKeys);
            if (outcome.Loaded is { } plugin)
            {
                takenKeys[plugin.Key] = $"the plugin in folder '{plugin.Folder}'";
                loaded.Add(plugin);
            }
            else
            {
                refused.Add(outcome.Refused!);
            }
        }

        return (loaded, refused);
    }

    private static (LoadedPlugin? Loaded, RefusedPlugin? Refused) LoadOne(string pluginFolder, IReadOnlyDictionary<string, string> takenKeys)
    {
        var folderName = Path.GetFileName(pluginFolder);
        var manifestPath = Path.Combine(pluginFolder, PluginManifest.FileName);
        var manifest = PluginManifest.Read(manifestPath, out var problem);
        if (manifest is null) return Refuse(folderName, PluginManifest.KeyOf(manifestPath), null, problem!);

        RefusedPlugin Refused(string reason) => new(folderName, manifest.Key, manifest.Version, reason);

        if (!IntegrationContract.IsCompatible(manifest.Abstractions))
            return (null, Refused($"it was built for plugin contract {manifest.Abstractions}, and this host has {IntegrationContract.Version} "
                                  + "(the major version must match and the minor be no newer)."));
        if (takenKeys.TryGetValue(manifest.Key, out var holder))
            return (null, Refused($"its key '{manifest.Key}' is already taken by {holder}."));

        var assemblyPath = Path.Combine(pluginFolder, manifest.Assembly);
        if (!File.Exists(assemblyPath)) return (null, Refused($"its assembly {manifest.Assembly} is not in the folder."));

        try
        {
            var context = new PluginLoadContext(assemblyPath, manifest.Key);
            var assembly = context.LoadFromAssemblyPath(assemblyPath);
            var type = assembly.GetType(manifest.EntryType, throwOnError: false);
            if (type is null) return (null, Refused($"its entry type {manifest.EntryType} is not in {manifest.Assembly}."));
            if (WhyNotAPlugin(type) is { } notAPlugin) return (null, Refused($"its entry type {manifest.EntryType} {notAPlugin}."));

            var plugin = (IIntegrationPlugin)Activator.CreateInstance(type)!;
            var metadata = plugin.Metadata;
            if (metadata is null || string.IsNullOrWhiteSpace(metadata.DisplayName) || string.IsNullOrWhiteSpace(metadata.Version))
                return (null, Refused("its Metadata lacks a display name or a version."));
            if (metadata.Key != manifest.Key)
                return (null, Refused($"its entry type says its key is '{metadata.Key}', and its {PluginManifest.FileName} says '{manifest.Key}'."));
            return (new LoadedPlugin(plugin, metadata, PluginSource.Folder, folderName, manifest.Abstractions), null);
        }
        catch (Exception e)
        {
            // Whatever a plugin's code or a broken file throws (a missing dependency, a bad image, a throwing
            // constructor) refuses that plugin only.
            var cause = e is TargetInvocationException { InnerException: { } inner } ? inner : e;
            return (null, Refused($"it failed to load: {cause.GetType().Name}: {cause.Message}"));
        }
    }

    private static string? WhyNotAPlugin(Type type)
    {
        if (!typeof(IIntegrationPlugin).IsAssignableFrom(type))
        {
            // A plugin that carried and loaded its own copy of the contract would implement a look-alike interface.
            return type.GetInterfaces().Any(i => i.FullName == typeof(IIntegrationPlugin).FullName)
                ? "implements another copy of IIntegrationPlugin than the host's"
                : "does not implement IIntegrationPlugin";
        }

        if (type.IsAbstract || type.IsInterface || type.ContainsGenericParameters) return "cannot be created (abstract or generic)";
        if (type.GetConstructor(BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes) is null) return "has no public parameterless constructor";
        return null;
    }

    private static (LoadedPlugin?, RefusedPlugin?) Refuse(string folder, string? key, string? version, string reason) =>
        (null, new RefusedPlugin(folder, key, version, reason));
}
