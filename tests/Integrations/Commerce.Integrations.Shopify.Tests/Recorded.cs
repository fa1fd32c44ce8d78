using System.Text;
using System.Text.Json;

namespace Commerce.Integrations.Shopify.Tests;

/// <summary>Shopify's recorded payloads copied next to the tests (Fixtures/, see README.md).</summary>
internal static class Recorded
{
    public static byte[] File(string relativePath) =>
        System.IO.File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", relativePath));

    public static string Text(string relativePath) => Encoding.UTF8.GetString(File(relativePath));

    /// <summary>
    /// The resource inside a REST envelope (<c>{"order": …}</c>) as its raw text, exactly as written in the file: a
    /// webhook body is that resource without the envelope.
    /// </summary>
    public static string Unwrapped(string relativePath, string envelope)
    {
        using var document = JsonDocument.Parse(File(relativePath));
        return document.RootElement.GetProperty(envelope).GetRawText();
    }

    public static JsonElement Json(string text)
    {
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    /// <summary>The order webhook body (order.json unwrapped).</summary>
    public static string OrderBody => Unwrapped("rest-admin/order.json", "order");

    /// <summary>The refunds/create webhook body (refund.json unwrapped).</summary>
    public static string RefundBody => Unwrapped("rest-admin/refund.json", "refund");
}
