using Microsoft.AspNetCore.Http;

namespace Commerce.Integrations.Abstractions;

/// <summary>An inbound webhook as received: headers (case-insensitive names) and the raw body bytes, before any parsing.</summary>
public sealed record WebhookDelivery(IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    /// <summary>The value of a header, whatever the case of its name; null when absent.</summary>
    public string? Header(string name) =>
        Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    /// <summary>The request as it came: every header and the raw body bytes, for the signature to be checked over them.</summary>
    public static async Task<WebhookDelivery> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        return new WebhookDelivery(
            request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase), buffer.ToArray());
    }
}
