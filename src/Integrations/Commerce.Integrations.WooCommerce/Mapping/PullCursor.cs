using System.Globalization;
using Commerce.Integrations.Abstractions.Storefronts;

namespace Commerce.Integrations.WooCommerce.Mapping;

/// <summary>
/// Where an order pull stands: a walk over <c>GET /orders?modified_after={Since}&amp;orderby=modified&amp;order=asc</c>,
/// the <see cref="Page"/> of it to read next, and the newest <c>date_modified_gmt</c> seen so far. Written as
/// <c>since|page|newest</c> (GMT, WooCommerce's own format); opaque to the caller.
/// <para>
/// Page numbers alone would lose orders: an order changed during a walk moves to the end of the list and shifts an
/// unread one onto a page already read. So after each page the walk restarts from one second before the newest change on
/// it (whole seconds are all WooCommerce compares), re-reading only the orders of that second. Only when a whole page
/// shares one second (a bulk edit) does it move on by page number. When the list is done, the next walk starts a
/// minute (<see cref="Overlap"/>) before the newest change seen, for changes saved late in a transaction. Orders read
/// twice are the same state twice, which the caller already ignores.
/// </para>
/// </summary>
internal sealed record PullCursor(DateTimeOffset Since, int Page, DateTimeOffset? Newest)
{
    public static readonly TimeSpan Overlap = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan OneSecond = TimeSpan.FromSeconds(1);

    public static PullCursor Start(DateTimeOffset since) => new(Truncate(since), 1, null);

    public static PullCursor Parse(string cursor)
    {
        var parts = cursor.Split('|');
        if (parts.Length == 3 && Instant(parts[0]) is { } since
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page >= 1)
        {
            if (parts[2].Length == 0) return new PullCursor(since, page, null);
            if (Instant(parts[2]) is { } newest) return new PullCursor(since, page, newest);
        }

        throw new StorefrontException(StorefrontErrorKind.Malformed, $"'{cursor}' is not a WooCommerce order cursor.");
    }

    /// <summary>The cursor after reading a page whose orders were last modified at <paramref name="modifiedOnPage"/>.</summary>
    public PullCursor After(IReadOnlyCollection<DateTimeOffset> modifiedOnPage, bool hasMore)
    {
        var newestOnPage = modifiedOnPage.Count == 0 ? (DateTimeOffset?)null : Truncate(modifiedOnPage.Max());
        var newest = Later(Newest, newestOnPage);

        if (!hasMore) return Start(newest is { } n ? Later(Since, n - Overlap)!.Value : Since);
        if (newestOnPage is { } last && last - OneSecond > Since) return new PullCursor(last - OneSecond, 1, newest);
        return this with { Page = Page + 1, Newest = newest };
    }

    public override string ToString() =>
        $"{JsonRead.ToGmt(Since)}|{Page.ToString(CultureInfo.InvariantCulture)}|{(Newest is { } n ? JsonRead.ToGmt(n) : "")}";

    private static DateTimeOffset? Later(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a > b ? a : b;

    private static DateTimeOffset Truncate(DateTimeOffset instant) =>
        new(instant.UtcTicks - instant.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero);

    private static DateTimeOffset? Instant(string text) =>
        DateTimeOffset.TryParseExact(text, JsonRead.GmtFormat, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed) ? parsed : null;
}
