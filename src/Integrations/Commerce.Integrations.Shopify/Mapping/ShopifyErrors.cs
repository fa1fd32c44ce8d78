using System.Text.Json;

namespace Commerce.Integrations.Shopify.Mapping;

/// <summary>
/// Reads the <c>errors</c> of a Shopify REST error answer, which comes in three shapes: a sentence
/// (<c>{"errors":"Not Found"}</c>), messages per field (<c>{"errors":{"line_items":["is invalid"]}}</c>, where
/// <c>base</c> means the whole request) or a list (<c>{"errors":["…"]}</c>); a few endpoints say <c>error</c> instead.
/// </summary>
internal static class ShopifyErrors
{
    public static string? Describe(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            var errors = root.Prop("errors") ?? root.Prop("error");
            return errors is { } value ? Text(value) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Array => Join(value.EnumerateArray().Select(Text)),
        JsonValueKind.Object => Join(value.EnumerateObject().Select(field =>
            Text(field.Value) is { } messages ? field.Name == "base" ? messages : $"{field.Name}: {messages}" : null)),
        _ => null,
    };

    private static string? Join(IEnumerable<string?> parts)
    {
        var texts = parts.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        return texts.Count == 0 ? null : string.Join("; ", texts);
    }
}
