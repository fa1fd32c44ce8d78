using Microsoft.Extensions.Configuration;

namespace Commerce.Integrations.Abstractions;

/// <summary>
/// The settings of a carrier account, a store or a fulfillment partner, as configuration holds them under its
/// <c>Settings</c> key: flat names (nested ones as <c>Zones:0:Zone</c>), case-insensitive.
/// </summary>
public static class IntegrationSettings
{
    public static IReadOnlyDictionary<string, string> From(IConfigurationSection account) =>
        account.GetSection("Settings").AsEnumerable(makePathsRelative: true)
            .Where(kv => kv.Value is not null)
            .ToDictionary(kv => kv.Key, kv => kv.Value!, StringComparer.OrdinalIgnoreCase);

    /// <summary>The value, or null when it is missing or blank.</summary>
    public static string? Optional(IReadOnlyDictionary<string, string> settings, string name) =>
        settings.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;

    /// <summary>The value, or the exception <paramref name="missing"/> makes when it is missing or blank.</summary>
    public static string Required(IReadOnlyDictionary<string, string> settings, string name, Func<Exception> missing) =>
        Optional(settings, name) ?? throw missing();
}
