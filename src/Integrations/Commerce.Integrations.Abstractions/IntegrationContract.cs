using System.Globalization;

namespace Commerce.Integrations.Abstractions;

/// <summary>
/// The version of this contract (<see cref="IIntegrationPlugin"/>, the storefront, carrier and partner interfaces and
/// their records) that a drop-in plugin names in its manifest (<c>"abstractions": "1.0"</c>). The minor number goes up
/// when something is added that older plugins do not need to know about (a new optional member with a default, a new
/// record); the major number when a change breaks plugins built against the old contract.
/// </summary>
public static class IntegrationContract
{
    /// <summary>1.1 added <see cref="Storefronts.RefundMarker"/>.</summary>
    public const string Version = "1.1";

    /// <summary>
    /// True when a plugin built against <paramref name="pluginVersion"/> (<c>major.minor</c>) runs on this contract: the
    /// same major, and a minor no newer than ours (a plugin built against 1.3 may use members 1.0 does not have).
    /// </summary>
    public static bool IsCompatible(string? pluginVersion) =>
        TryParse(pluginVersion, out var plugin) && TryParse(Version, out var ours)
        && plugin.Major == ours.Major && plugin.Minor <= ours.Minor;

    /// <summary>Reads <c>major.minor</c> (two non-negative whole numbers, nothing else).</summary>
    public static bool TryParse(string? text, out (int Major, int Minor) version)
    {
        version = default;
        var parts = text?.Trim().Split('.');
        if (parts is not [var major, var minor]) return false;
        if (!int.TryParse(major, NumberStyles.None, CultureInfo.InvariantCulture, out var ma)
            || !int.TryParse(minor, NumberStyles.None, CultureInfo.InvariantCulture, out var mi)) return false;
        version = (ma, mi);
        return true;
    }
}
