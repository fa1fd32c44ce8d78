using System.Globalization;
using System.Text.Json;
using Commerce.Integrations.Abstractions.Storefronts;

namespace Acme.Commerce.Connector.Mapping;

/// <summary>Reading Acme's JSON: every id is a string, every amount a decimal string, every time RFC 3339.</summary>
internal static class AcmeJson
{
    /// <summary>Parses a body; one that is not JSON is a Malformed error saying what it was.</summary>
    public static JsonElement Parse(ReadOnlyMemory<byte> body, string what)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new StorefrontException(StorefrontErrorKind.Malformed, $"{what} is not JSON ({e.Message}).", inner: e);
        }
    }

    public static JsonElement? Prop(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value
            : null;

    /// <summary>A string property, trimmed; null when absent, null or blank.</summary>
    public static string? Str(this JsonElement element, string name) =>
        element.Prop(name) is { ValueKind: JsonValueKind.String } value && value.GetString()?.Trim() is { Length: > 0 } text ? text : null;

    public static decimal? Amount(this JsonElement element, string name) =>
        element.Str(name) is { } text && decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount)
            ? amount
            : null;

    public static int? Whole(this JsonElement element, string name) =>
        element.Prop(name) is { ValueKind: JsonValueKind.Number } value && value.TryGetInt32(out var number) ? number : null;

    public static DateTimeOffset? Instant(this JsonElement element, string name) =>
        element.Str(name) is { } text
        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
            ? instant
            : null;

    public static IEnumerable<JsonElement> Items(this JsonElement element, string name) =>
        element.Prop(name) is { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray() : [];
}
