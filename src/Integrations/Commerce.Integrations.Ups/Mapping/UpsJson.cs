using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Commerce.Integrations.Abstractions.Carriers;

namespace Commerce.Integrations.Ups.Mapping;

/// <summary>Reading UPS JSON: numbers come as strings, and a list of one often comes as a bare object.</summary>
internal static class UpsJson
{
    public static JsonNode Parse(string body, string what)
    {
        try
        {
            return JsonNode.Parse(body) ?? throw new CarrierException(CarrierErrorKind.Malformed, $"UPS answered an empty {what}.");
        }
        catch (JsonException e)
        {
            throw new CarrierException(CarrierErrorKind.Malformed, $"UPS answered a {what} that is not JSON.", inner: e);
        }
    }

    /// <summary>An array as its items, an object as a list of one, anything else as nothing.</summary>
    public static IReadOnlyList<JsonObject> Items(JsonNode? node) => node switch
    {
        JsonArray array => array.OfType<JsonObject>().ToList(),
        JsonObject single => [single],
        _ => [],
    };

    /// <summary>A string, or a number written as one (UPS sends strings, but tolerate either).</summary>
    public static string? Text(JsonNode? node) => node is JsonValue value
        ? value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>(),
            JsonValueKind.Number => value.ToJsonString(),
            _ => null,
        }
        : null;

    public static decimal? Decimal(JsonNode? node) =>
        decimal.TryParse(Text(node)?.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var d) ? d : null;

    public static int? Int(JsonNode? node) =>
        int.TryParse(Text(node)?.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? i : null;

    /// <summary>How UPS writes a number in a request: invariant, no exponent, no trailing zeros.</summary>
    public static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
