using System.Text.Json;

namespace Commerce.Integrations.EasyPost.Mapping;

internal sealed record EasyPostError(string Code, string Message);

/// <summary>
/// Reads EasyPost's error envelope: <c>{"error":{"code","message","errors":[…]}}</c>, where <c>errors</c> holds either
/// field errors (<c>{"field","message"}</c>) or, in the alternative format, plain strings.
/// </summary>
internal static class EasyPostErrorParser
{
    public static EasyPostError? TryParse(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.Prop("error") is not { ValueKind: JsonValueKind.Object } error) return null;

            var details = error.Items("errors").Select(Describe).OfType<string>().ToList();
            var message = error.Str("message") ?? "no message";
            if (details.Count > 0) message += " (" + string.Join("; ", details) + ")";
            return new EasyPostError(error.Str("code") ?? "UNKNOWN", message);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Describe(JsonElement item) => item.ValueKind switch
    {
        JsonValueKind.String => item.GetString(),
        JsonValueKind.Object when item.Str("field") is { } field => $"{field}: {item.Str("message") ?? "invalid"}",
        JsonValueKind.Object => item.Str("message"),
        _ => null,
    };
}
