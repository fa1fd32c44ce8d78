using Commerce.Kernel.Http;
using Commerce.Kernel.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Commerce.Host.Plugins;

/// <summary>A plugin in use. <c>Source</c> is <c>built-in</c> or <c>folder</c>; a drop-in one names its folder and contract version.</summary>
public sealed record PluginView(string Key, string DisplayName, string Version, string Source, string? Folder, string? Abstractions);

/// <summary>A drop-in plugin that was not loaded, and why. Key and version are what its manifest says, when it could be read.</summary>
public sealed record RefusedPluginView(string Folder, string? Key, string? Version, string Reason);

public sealed record PluginList(string Folder, IReadOnlyList<PluginView> Plugins, IReadOnlyList<RefusedPluginView> Refused);

internal static class PluginEndpoints
{
    public static void MapPlugins(this IEndpointRouteBuilder endpoints)
    {
        var platform = endpoints.MapModuleGroup("platform", "Platform", Roles.Manager);
        platform.MapGet("/plugins", List)
            .WithSummary("List the plugins: built-in, loaded from the plugin folder, and refused with the reason")
            .WithDescription("Drop-in plugins are read from Commerce:Plugins:Folder at start-up; a refused one is named by its folder.");
    }

    private static Ok<PluginList> List(PluginCatalogue catalogue) =>
        TypedResults.Ok(new PluginList(
            catalogue.Folder,
            catalogue.Loaded.Select(p => new PluginView(p.Key, p.Metadata.DisplayName, p.Metadata.Version, p.Source, p.Folder, p.Abstractions)).ToList(),
            catalogue.Refused.Select(r => new RefusedPluginView(r.Folder, r.Key, r.Version, r.Reason)).ToList()));
}
