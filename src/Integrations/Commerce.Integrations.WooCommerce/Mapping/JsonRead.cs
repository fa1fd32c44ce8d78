using System.Globalization;
using System.Net;
using System.Text.Json;

namespace Commerce.Integrations.WooCommerce.Mapping;

/// <summary>Tolerant reads of WooCommerce JSON: a missing, null or mistyped field is null, never an exception.</summary>
internal static class JsonRead
{
    /// <summary>WooCommerce writes GMT timestamps without an offset ("2017-03-22T19:28:08").</summary>
    public const string GmtFormat = "yyyy-MM-dd'T'HH:mm:ss";

    public static JsonElement? Prop(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value
            : null;

    /// <summary>A non-empty string; WordPress's HTML entities (&amp;ndash;, &amp;amp;) decoded when <paramref name="html"/> is set.</summary>
    public static string? Str(this JsonElement element, string name, bool html = false) =>
        element.Prop(name) is { ValueKind: JsonValueKind.String } value && value.GetString() is { } text
        && (html ? WebUtility.HtmlDecode(text) : text).Trim() is { Length: > 0 } trimmed
            ? trimmed
            : null;

    /// <summary>An id WooCommerce sends as a number (or, from some plugins, as a numeric string), as its decimal text.</summary>
    public static string? Id(this JsonElement element, string name) =>
        element.Prop(name) switch
        {
            { ValueKind: JsonValueKind.Number } value when value.TryGetInt64(out var id) && id > 0 => id.ToString(CultureInfo.InvariantCulture),
            { ValueKind: JsonValueKind.String } value when long.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
                => id.ToString(CultureInfo.InvariantCulture),
            _ => null,
        };

    public static int? Int(this JsonElement element, string name) =>
        element.Prop(name) switch
        {
            { ValueKind: JsonValueKind.Number } value when value.TryGetInt32(out var number) => number,
            { ValueKind: JsonValueKind.String } value when int.TryParse(value.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) => number,
            _ => null,
        };

    /// <summary>Money comes as strings ("29.35"); a line's price comes as a number (3, 12.5). Both are read.</summary>
    public static decimal? Decimal(this JsonElement element, string name) =>
        element.Prop(name) switch
        {
            { ValueKind: JsonValueKind.String } value when decimal.TryParse(value.GetString(), NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) => parsed,
            { ValueKind: JsonValueKind.Number } value when value.TryGetDecimal(out var parsed) => parsed,
            _ => null,
        };

    /// <summary>A <c>*_gmt</c> field: UTC, written without an offset. A trailing Z or offset is accepted too.</summary>
    public static DateTimeOffset? Gmt(this JsonElement element, string name) =>
        element.Str(name) is { } text
        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed)
            ? parsed
            : null;

    public static IEnumerable<JsonElement> Items(this JsonElement element, string name) =>
        element.Prop(name) is { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray() : [];

    /// <summary>An instant as WooCommerce's GMT query parameters take it (with <c>dates_are_gmt=true</c>).</summary>
    public static string ToGmt(DateTimeOffset instant) => instant.UtcDateTime.ToString(GmtFormat, CultureInfo.InvariantCulture);
}
