namespace Commerce.Host.Plugins;

/// <summary>
/// Says at start-up which drop-in plugins loaded and which were refused, one line each. (Plugins are loaded while the
/// host is being built, before there is a logger, so the lines are written once it starts.)
/// </summary>
internal sealed class PluginStartupLog(PluginCatalogue catalogue, ILogger<PluginCatalogue> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (catalogue.FolderConfigured && !Directory.Exists(catalogue.Folder))
            logger.LogWarning("The plugin folder {PluginFolder} does not exist: no drop-in plugin is loaded", catalogue.Folder);

        foreach (var plugin in catalogue.Loaded.Where(p => p.Source == PluginSource.Folder))
            logger.LogInformation("Loaded plugin {PluginKey} {PluginVersion} from {PluginFolder}",
                plugin.Key, plugin.Metadata.Version, Path.Combine(catalogue.Folder, plugin.Folder!));

        foreach (var refused in catalogue.Refused)
            logger.LogWarning("Refused plugin {PluginKey} in {PluginFolder}: {Reason}",
                refused.Key ?? refused.Folder, Path.Combine(catalogue.Folder, refused.Folder), refused.Reason);

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
