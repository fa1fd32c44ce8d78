using System.Globalization;
using Commerce.Integrations.Abstractions.Storefronts;

namespace Commerce.Integrations.Shopify.Mapping;

/// <summary>
/// Where an order pull stands, as the opaque cursor handed back to the caller. Between pulls it is a timestamp
/// (<c>2024-05-01T12:00:00Z</c>): the newest <c>updated_at</c> seen, asked for again with <c>updated_at_min</c>, which is
/// inclusive, so an order changed in that same second is never missed (it may be read twice, and a newer state wins).
/// In the middle of a pull it is <c>page|{newest so far}|{page_info}</c>: Shopify's cursor to the next page, plus the
/// newest timestamp of the pages already read, so the pull ends on the newest of all of them.
/// </summary>
internal sealed record PullCursor(DateTimeOffset Since, string? PageInfo = null)
{
    private const string PagePrefix = "page|";
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    public static PullCursor Parse(string cursor)
    {
        if (cursor.StartsWith(PagePrefix, StringComparison.Ordinal))
        {
            var parts = cursor[PagePrefix.Length..].Split('|', 2);
            if (parts is [var since, { Length: > 0 } pageInfo] && ParseInstant(since) is { } instant)
                return new PullCursor(instant, Uri.UnescapeDataString(pageInfo));
        }
        else if (ParseInstant(cursor) is { } instant)
        {
            return new PullCursor(instant);
        }

        throw new StorefrontException(StorefrontErrorKind.Malformed,
            $"'{cursor}' is not a Shopify pull cursor (a UTC timestamp, or a page cursor this connector handed out).");
    }

    /// <summary>Shopify keeps whole seconds; the fraction is dropped (rounding down keeps the window inclusive).</summary>
    public static string Timestamp(DateTimeOffset instant)
    {
        var utc = instant.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - utc.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero).ToString(Format, CultureInfo.InvariantCulture);
    }

    public override string ToString() =>
        PageInfo is null ? Timestamp(Since) : $"{PagePrefix}{Timestamp(Since)}|{Uri.EscapeDataString(PageInfo)}";

    private static DateTimeOffset? ParseInstant(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) ? parsed : null;
}
