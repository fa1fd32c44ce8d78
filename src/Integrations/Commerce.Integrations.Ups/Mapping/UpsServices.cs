namespace Commerce.Integrations.Ups.Mapping;

/// <summary>UPS service codes and the names retailers know them by.</summary>
internal static class UpsServices
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["01"] = "UPS Next Day Air",
        ["02"] = "UPS 2nd Day Air",
        ["03"] = "UPS Ground",
        ["07"] = "UPS Worldwide Express",
        ["08"] = "UPS Worldwide Expedited",
        ["11"] = "UPS Standard",
        ["12"] = "UPS 3 Day Select",
        ["13"] = "UPS Next Day Air Saver",
        ["14"] = "UPS Next Day Air Early",
        ["54"] = "UPS Worldwide Express Plus",
        ["59"] = "UPS 2nd Day Air A.M.",
        ["65"] = "UPS Saver",
        ["75"] = "UPS Heavy Goods",
        ["93"] = "UPS Ground Saver",
    };

    /// <summary>The name of a code; an unknown code keeps UPS's own description, or the code itself.</summary>
    public static string Name(string code, string? description = null) =>
        Names.TryGetValue(code, out var name) ? name
        : !string.IsNullOrWhiteSpace(description) ? description.Trim()
        : $"UPS service {code}";

    /// <summary>The code of a name (or of a code passed as is); null when it is neither.</summary>
    public static string? Code(string nameOrCode)
    {
        if (Names.ContainsKey(nameOrCode)) return nameOrCode;
        foreach (var (code, name) in Names)
            if (string.Equals(name, nameOrCode, StringComparison.OrdinalIgnoreCase)) return code;
        return null;
    }
}
