using System.Globalization;
using System.Text.Json;

namespace Commerce.Integrations.EasyPost.Mapping;

/// <summary>Tolerant reads of EasyPost JSON: a missing, null or mistyped field is null, never an exception.</summary>
internal static class JsonRead
{
    public static JsonElement? Prop(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value
            : null;

    public static string? Str(this JsonElement element, string name) =>
        element.Prop(name) is { ValueKind: JsonValueKind.String } value && value.GetString() is { Length: > 0 } text ? text : null;

    public static int? Int(this JsonElement element, string name) =>
        element.Prop(name) is { ValueKind: JsonValueKind.Number } value && value.TryGetInt32(out var number) ? number : null;

    /// <summary>EasyPost sends money as strings ("5.93"); numbers are accepted too.</summary>
    public static decimal? Decimal(this JsonElement element, string name) =>
        element.Prop(name) switch
        {
            { ValueKind: JsonValueKind.String } value when decimal.TryParse(value.GetString(), NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) => parsed,
            { ValueKind: JsonValueKind.Number } value when value.TryGetDecimal(out var parsed) => parsed,
            _ => null,
        };

    public static DateTimeOffset? Instant(this JsonElement element, string name) =>
        element.Str(name) is { } text
        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed
            : null;

    /// <summary>The calendar date as EasyPost wrote it (dates come as midnight UTC timestamps or plain dates).</summary>
    public static DateOnly? Date(this JsonElement element, string name) =>
        element.Instant(name) is { } instant ? DateOnly.FromDateTime(instant.DateTime) : null;

    public static IEnumerable<JsonElement> Items(this JsonElement element, string name) =>
        element.Prop(name) is { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray() : [];
}
