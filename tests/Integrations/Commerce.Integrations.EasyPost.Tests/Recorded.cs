using System.Text.Json;

namespace Commerce.Integrations.EasyPost.Tests;

/// <summary>The recorded EasyPost payloads copied next to the tests (Fixtures/, see PROVENANCE.md).</summary>
internal static class Recorded
{
    public static byte[] File(string relativePath) =>
        System.IO.File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", relativePath));

    /// <summary>The response body of the <paramref name="index"/>th interaction of a cassette, exactly as EasyPost sent it.</summary>
    public static string ResponseBody(string cassette, int index = 0)
    {
        using var document = JsonDocument.Parse(File($"cassettes/{cassette}.json"));
        return document.RootElement[index].GetProperty("Response").GetProperty("Body").GetString()!;
    }

    public static int ResponseStatus(string cassette, int index = 0)
    {
        using var document = JsonDocument.Parse(File($"cassettes/{cassette}.json"));
        return document.RootElement[index].GetProperty("Response").GetProperty("Status").GetProperty("Code").GetInt32();
    }

    public static JsonElement Response(string cassette, int index = 0)
    {
        using var document = JsonDocument.Parse(ResponseBody(cassette, index));
        return document.RootElement.Clone();
    }
}
