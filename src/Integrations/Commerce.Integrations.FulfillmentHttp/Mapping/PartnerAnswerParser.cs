using System.Text.Json;

namespace Commerce.Integrations.FulfillmentHttp.Mapping;

/// <summary>
/// Reads what a partner answers: the optional <c>reference</c> of an acceptance, and the message of a refusal
/// (RFC 7807 problem details' <c>detail</c> or <c>title</c>, or a plain <c>message</c>/<c>error</c>). Never throws: an
/// answer we cannot read is simply one without a reference or a message.
/// </summary>
internal static class PartnerAnswerParser
{
    private const int MaxMessageLength = 500;

    public static string? Reference(string body) =>
        Read(body, root => Text(root, "reference"));

    public static string? Message(string body) =>
        Read(body, root =>
        {
            var detail = Text(root, "detail");
            var title = Text(root, "title");
            var message = detail is not null && title is not null ? $"{title}: {detail}" : detail ?? title;
            message ??= Text(root, "message") ?? Text(root, "error")
                ?? (root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object ? Text(error, "message") : null);
            return message is null ? null : Shorten(message);
        });

    private static string? Read(string body, Func<JsonElement, string?> read)
    {
        if (string.IsNullOrWhiteSpace(body)) return null;
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object ? read(document.RootElement) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
        && value.GetString() is { } text && !string.IsNullOrWhiteSpace(text)
            ? text.Trim()
            : null;

    private static string Shorten(string text) =>
        text.Length <= MaxMessageLength ? text : text[..MaxMessageLength] + "…";
}
