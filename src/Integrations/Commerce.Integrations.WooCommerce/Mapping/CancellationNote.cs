using System.Text.Json;
using System.Text.Json.Nodes;

namespace Commerce.Integrations.WooCommerce.Mapping;

/// <summary>Why an order was cancelled in Commerce, as a private order note (WooCommerce orders have no cancel reason).</summary>
internal static class CancellationNote
{
    /// <summary>The note for a reason, or null when there is no reason to tell.</summary>
    public static string? Text(string? reason) => string.IsNullOrWhiteSpace(reason) ? null : $"Cancelled in Commerce: {reason.Trim()}";

    public static JsonObject Body(string text) => new() { ["note"] = text, ["customer_note"] = false };

    /// <summary>True when one of the order's notes (<c>GET /orders/{id}/notes</c>) is this note already.</summary>
    public static bool AlreadyNoted(IEnumerable<JsonElement> notes, string text) =>
        notes.Any(note => string.Equals(note.Str("note")?.Trim(), text, StringComparison.Ordinal));
}
