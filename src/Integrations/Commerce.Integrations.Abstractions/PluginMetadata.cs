namespace Commerce.Integrations.Abstractions;

/// <summary>What a plugin is and which settings an account of it needs (secrets are never logged or returned).</summary>
public sealed record PluginMetadata(string Key, string DisplayName, string Version, IReadOnlyList<PluginSetting> Settings);

public sealed record PluginSetting(string Name, string Description, bool Required = true, bool Secret = false);
