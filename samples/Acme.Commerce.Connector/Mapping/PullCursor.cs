using System.Globalization;
using Commerce.Integrations.Abstractions.Storefronts;

namespace Acme.Commerce.Connector.Mapping;

/// <summary>
/// Where an order pull stands, as the opaque cursor handed back to the platform. Acme lists orders by
/// <c>(updated_at, id)</c>, oldest first: <c>updated_since</c> alone is inclusive, and with <c>since_id</c> it means
/// "strictly after this order". Inside a walk the cursor is <c>{updated_at}|{id}</c> of the last order read, so the next
/// page starts right after it. When a walk ends it is the newest <c>updated_at</c> alone: the next pull reads that
/// second again (harmless, a newer state wins) and so never misses an order changed in the same second.
/// </summary>
internal sealed record PullCursor(DateTimeOffset Since, string? AfterId = null)
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'";

    public static PullCursor Parse(string cursor)
    {
        var parts = cursor.Split('|', 2);
        if (DateTimeOffset.TryParse(parts[0], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var since)
            && (parts.Length == 1 || parts[1].Length > 0))
            return new PullCursor(since, parts.Length == 2 ? parts[1] : null);
        throw new StorefrontException(StorefrontErrorKind.Malformed,
            $"'{cursor}' is not an Acme pull cursor (a UTC timestamp, or one this connector handed out).");
    }

    /// <summary>The cursor after a page: past its last order while more follow, else the newest time seen.</summary>
    public PullCursor After(IReadOnlyList<StoreOrder> page, bool hasMore)
    {
        if (page.Count == 0) return hasMore ? this : this with { AfterId = null };
        var last = page[^1];
        return hasMore ? new PullCursor(last.UpdatedAt, last.ExternalId) : new PullCursor(page.Max(o => o.UpdatedAt));
    }

    public static string Timestamp(DateTimeOffset instant) => instant.ToUniversalTime().ToString(Format, CultureInfo.InvariantCulture);

    public override string ToString() => AfterId is null ? Timestamp(Since) : $"{Timestamp(Since)}|{AfterId}";
}
