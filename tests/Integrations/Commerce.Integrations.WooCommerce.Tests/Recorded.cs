using System.Text.Json;
using System.Text.Json.Nodes;

namespace Commerce.Integrations.WooCommerce.Tests;

/// <summary>The payloads copied next to the tests (Fixtures/, see README.md there).</summary>
internal static class Recorded
{
    public static byte[] File(string relativePath) =>
        System.IO.File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", relativePath));

    public static string Text(string relativePath) =>
        System.IO.File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", relativePath));

    public static JsonElement Json(string relativePath)
    {
        using var document = JsonDocument.Parse(File(relativePath));
        return document.RootElement.Clone();
    }

    /// <summary>A payload to change before use (a status, a missing field).</summary>
    public static JsonNode Node(string relativePath) => JsonNode.Parse(File(relativePath))!;

    public static JsonElement Element(this JsonNode node)
    {
        using var document = JsonDocument.Parse(node.ToJsonString());
        return document.RootElement.Clone();
    }

    public const string Retrieve = "rest-v3/orders-retrieve.response.json";
    public const string List = "rest-v3/orders-list.response.json";
    public const string Create = "rest-v3/orders-create.response.json";
    public const string OwnWebhook = "own/order-updated.webhook.json";
}
