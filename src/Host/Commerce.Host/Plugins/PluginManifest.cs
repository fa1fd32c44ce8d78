using System.Text.Json;
using System.Text.RegularExpressions;
using Commerce.Integrations.Abstractions;

namespace Commerce.Host.Plugins;

/// <summary>
/// A drop-in plugin's <c>plugin.json</c>, in its own subfolder of the plugin folder:
/// <code>{ "key": "acme-shop", "version": "1.2.0", "assembly": "Acme.Commerce.Connector.dll",
///   "entryType": "Acme.Commerce.Connector.AcmePlugin", "abstractions": "1.0" }</code>
/// </summary>
/// <param name="Key">The plugin's key, unique among all plugins: what accounts and stores name as their connector.</param>
/// <param name="Version">The plugin's own version, shown to operators.</param>
/// <param name="Assembly">The file name of the plugin's assembly in its folder.</param>
/// <param name="EntryType">The full name of the class implementing <see cref="IIntegrationPlugin"/>.</param>
/// <param name="Abstractions">The <see cref="IntegrationContract.Version"/> the plugin was built against (<c>major.minor</c>).</param>
public sealed partial record PluginManifest(string Key, string Version, string Assembly, string EntryType, string Abstractions)
{
    public const string FileName = "plugin.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Reads and checks a manifest; <paramref name="problem"/> says what is wrong when it is not usable.</summary>
    public static PluginManifest? Read(string path, out string? problem)
    {
        if (!File.Exists(path))
        {
            problem = $"it has no {FileName}.";
            return null;
        }

        Fields? fields;
        try
        {
            fields = JsonSerializer.Deserialize<Fields>(WithoutByteOrderMark(File.ReadAllBytes(path)), Json);
        }
        catch (JsonException e)
        {
            problem = $"its {FileName} is not valid JSON ({e.Message}).";
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = $"its {FileName} cannot be read ({e.Message}).";
            return null;
        }

        if (fields is null)
        {
            problem = $"its {FileName} is not a JSON object.";
            return null;
        }

        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(fields.Key)) errors.Add("\"key\" is required");
        else if (!KeyPattern().IsMatch(fields.Key)) errors.Add("\"key\" must be lower-case letters, digits and hyphens (at most 64)");
        if (string.IsNullOrWhiteSpace(fields.Version)) errors.Add("\"version\" is required");
        else if (fields.Version.Length > 50) errors.Add("\"version\" must be at most 50 characters");
        if (string.IsNullOrWhiteSpace(fields.Assembly)) errors.Add("\"assembly\" is required");
        else if (!fields.Assembly.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) || Path.GetFileName(fields.Assembly) != fields.Assembly)
            errors.Add("\"assembly\" must be the file name of a .dll in the plugin's folder");
        if (string.IsNullOrWhiteSpace(fields.EntryType)) errors.Add("\"entryType\" is required");
        if (string.IsNullOrWhiteSpace(fields.Abstractions)) errors.Add("\"abstractions\" is required");
        else if (!IntegrationContract.TryParse(fields.Abstractions, out _)) errors.Add("\"abstractions\" must be a major.minor version such as \"1.0\"");

        if (errors.Count > 0)
        {
            problem = $"its {FileName} is not valid: {string.Join("; ", errors)}.";
            return null;
        }

        problem = null;
        return new PluginManifest(fields.Key!.Trim(), fields.Version!.Trim(), fields.Assembly!, fields.EntryType!.Trim(), fields.Abstractions!.Trim());
    }

    /// <summary>The key as far as it could be read, to name a plugin whose manifest is otherwise unusable.</summary>
    public static string? KeyOf(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<Fields>(WithoutByteOrderMark(File.ReadAllBytes(path)), Json)?.Key is { } key && KeyPattern().IsMatch(key) ? key : null;
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>A manifest saved by an editor that writes a UTF-8 byte order mark is read all the same.</summary>
    private static ReadOnlySpan<byte> WithoutByteOrderMark(byte[] bytes) =>
        bytes.AsSpan().StartsWith("\uFEFF"u8) ? bytes.AsSpan(3) : bytes;

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();

    private sealed record Fields(string? Key, string? Version, string? Assembly, string? EntryType, string? Abstractions);
}
