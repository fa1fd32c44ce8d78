using System.Globalization;
using System.Text.Json;
using Commerce.Integrations.Abstractions.Storefronts;

namespace Commerce.Integrations.Shopify.Mapping;

/// <summary>
/// Tolerant reads of Shopify JSON: a missing, null or mistyped field is null, never an exception. Ids are read from the
/// number's own text as 64-bit integers: Shopify's ids exceed 2^53, which a double would silently round.
/// </summary>
internal static class ShopifyJson
{
    public static JsonElement? Prop(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value
            : null;

    public static string? Str(this JsonElement element, string name) =>
        element.Prop(name) is { ValueKind: JsonValueKind.String } value && value.GetString() is { } text && !string.IsNullOrWhiteSpace(text)
            ? text
            : null;

    public static int? Int(this JsonElement element, string name) =>
        element.Prop(name) is { ValueKind: JsonValueKind.Number } value && value.TryGetInt32(out var number) ? number : null;

    /// <summary>Shopify sends money as strings ("409.94"); numbers are accepted too, read as decimals (never doubles).</summary>
    public static decimal? Money(this JsonElement element, string name) =>
        element.Prop(name) switch
        {
            { ValueKind: JsonValueKind.String } value
                when decimal.TryParse(value.GetString(), NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) => parsed,
            { ValueKind: JsonValueKind.Number } value when value.TryGetDecimal(out var parsed) => parsed,
            _ => null,
        };

    public static DateTimeOffset? Instant(this JsonElement element, string name) =>
        element.Str(name) is { } text
        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed
            : null;

    public static IEnumerable<JsonElement> Items(this JsonElement element, string name) =>
        element.Prop(name) is { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray() : [];

    /// <summary>A Shopify id (a JSON integer, or digits in a string) as a 64-bit integer; null when absent or not one.</summary>
    public static long? Id(this JsonElement element, string name) =>
        element.Prop(name) is { } value ? IdOf(value) : null;

    /// <summary>The id's exact decimal text, as our contracts carry it.</summary>
    public static string? IdText(this JsonElement element, string name) =>
        element.Id(name)?.ToString(CultureInfo.InvariantCulture);

    public static long? IdOf(JsonElement value) => value.ValueKind switch
    {
        // TryGetInt64 parses the number's own UTF-8 text, so 820982911946154508 stays 820982911946154508.
        JsonValueKind.Number when value.TryGetInt64(out var number) && number > 0 => number,
        JsonValueKind.String => ParseId(value.GetString()),
        _ => null,
    };

    /// <summary>An id given to us as text (an order id in a push): digits only, so it is safe in a URL path.</summary>
    public static long? ParseId(string? text) =>
        !string.IsNullOrEmpty(text) && text.All(char.IsAsciiDigit)
        && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
            ? id
            : null;

    /// <summary>Parses a body; one that is not JSON is a <see cref="StorefrontErrorKind.Malformed"/> error saying what it was.</summary>
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
}
