namespace Commerce.Integrations.Abstractions;

/// <summary>An inbound webhook as received: headers (case-insensitive names) and the raw body bytes, before any parsing.</summary>
public sealed record WebhookDelivery(IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    /// <summary>The value of a header, whatever the case of its name; null when absent.</summary>
    public string? Header(string name) =>
        Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
}
