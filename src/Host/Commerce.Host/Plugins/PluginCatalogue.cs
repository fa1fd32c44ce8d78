using Commerce.Integrations.Abstractions;

namespace Commerce.Host.Plugins;

/// <summary>Where a plugin came from: compiled into the host, or dropped into the plugin folder.</summary>
public static class PluginSource
{
    public const string BuiltIn = "built-in";
    public const string Folder = "folder";
}

/// <summary>
/// A plugin in use, with its metadata as read once at load time. <see cref="Folder"/> and <see cref="Abstractions"/> are
/// those of a drop-in plugin.
/// </summary>
public sealed record LoadedPlugin(
    IIntegrationPlugin Plugin, PluginMetadata Metadata, string Source, string? Folder = null, string? Abstractions = null)
{
    public string Key => Metadata.Key;
}

/// <summary>A drop-in plugin that was not loaded: its folder, what its manifest says when it could be read, and why.</summary>
public sealed record RefusedPlugin(string Folder, string? Key, string? Version, string Reason);

/// <summary>
/// Every plugin of this host: the built-in ones listed in <c>Program.cs</c> and the drop-in ones found in the plugin
/// folder (<c>Commerce:Plugins:Folder</c>, by default <c>plugins</c> under the content root), and the drop-in ones refused.
/// </summary>
public sealed class PluginCatalogue
{
    public const string FolderSetting = "Commerce:Plugins:Folder";
    public const string DefaultFolder = "plugins";

    private readonly List<LoadedPlugin> _loaded;
    private readonly List<RefusedPlugin> _refused;

    private PluginCatalogue(string folder, bool folderConfigured, IEnumerable<LoadedPlugin> loaded, IEnumerable<RefusedPlugin> refused)
    {
        Folder = folder;
        FolderConfigured = folderConfigured;
        _loaded = loaded.ToList();
        _refused = refused.ToList();
    }

    /// <summary>The plugin folder, as an absolute path.</summary>
    public string Folder { get; }

    /// <summary>The folder was named in configuration (so its absence is worth a warning).</summary>
    public bool FolderConfigured { get; }

    public IReadOnlyList<LoadedPlugin> Loaded => _loaded;

    public IReadOnlyList<RefusedPlugin> Refused => _refused;

    /// <summary>The built-in plugins, then the drop-in ones that load from the plugin folder.</summary>
    public static PluginCatalogue Load(IReadOnlyList<IIntegrationPlugin> builtIn, IConfiguration configuration, string contentRoot)
    {
        var configured = configuration[FolderSetting];
        var folder = Path.GetFullPath(string.IsNullOrWhiteSpace(configured) ? DefaultFolder : configured.Trim(), contentRoot);

        var takenKeys = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var plugin in builtIn) takenKeys.TryAdd(plugin.Metadata.Key, $"the built-in plugin {plugin.Metadata.DisplayName}");
        var (loaded, refused) = PluginFolder.LoadAll(folder, takenKeys);

        return new PluginCatalogue(folder, !string.IsNullOrWhiteSpace(configured),
            builtIn.Select(p => new LoadedPlugin(p, p.Metadata, PluginSource.BuiltIn)).Concat(loaded), refused);
    }

    /// <summary>
    /// Lets every plugin register its services, in order. A built-in plugin that throws stops the host, as before; a
    /// drop-in one that throws is refused, and whatever it registered before throwing is taken out again.
    /// </summary>
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        foreach (var plugin in _loaded.ToList())
        {
            if (plugin.Source == PluginSource.BuiltIn)
            {
                plugin.Plugin.AddServices(services, configuration);
                continue;
            }

            var before = services.ToList();
            try
            {
                plugin.Plugin.AddServices(services, configuration);
            }
            catch (Exception e)
            {
                services.Clear();
                foreach (var descriptor in before) services.Add(descriptor);
                _loaded.Remove(plugin);
                _refused.Add(new RefusedPlugin(plugin.Folder!, plugin.Key, plugin.Metadata.Version,
                    $"its AddServices failed: {e.GetType().Name}: {e.Message}"));
            }
        }
    }
}
