using Commerce.Integrations.Abstractions.Storefronts;
using Commerce.Integrations.WooCommerce.Mapping;

namespace Commerce.Integrations.WooCommerce.Tests.Mapping;

public sealed class PullCursorTests
{
    private static readonly DateTimeOffset Since = new(2026, 11, 19, 8, 0, 0, TimeSpan.Zero);

    private static DateTimeOffset At(int minutes, int seconds = 0) => Since.AddMinutes(minutes).AddSeconds(seconds);

    [Fact]
    public void A_cursor_is_written_in_woocommerces_gmt_format_and_read_back()
    {
        var cursor = new PullCursor(Since, 3, At(5, 7));

        Assert.Equal("2026-11-19T08:00:00|3|2026-11-19T08:05:07", cursor.ToString());
        Assert.Equal(cursor, PullCursor.Parse(cursor.ToString()));
        Assert.Equal(PullCursor.Start(Since), PullCursor.Parse("2026-11-19T08:00:00|1|"));
    }

    [Fact]
    public void A_walk_starts_on_whole_seconds()
    {
        var start = PullCursor.Start(Since.AddMilliseconds(999.5));

        Assert.Equal(Since, start.Since);
        Assert.Equal((1, (DateTimeOffset?)null), (start.Page, start.Newest));
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("2026-11-19T08:00:00|0|")]
    [InlineData("2026-11-19T08:00:00|x|")]
    [InlineData("2026-11-19T08:00:00|2|soon")]
    public void Anything_else_is_not_a_cursor(string text) =>
        Assert.Equal(StorefrontErrorKind.Malformed, Assert.Throws<StorefrontException>(() => PullCursor.Parse(text)).Kind);

    [Fact]
    public void After_a_full_page_the_walk_restarts_a_second_before_the_newest_change_on_it()
    {
        var next = PullCursor.Start(Since).After([At(1), At(2), At(3, 30)], hasMore: true);

        Assert.Equal(new PullCursor(At(3, 29), 1, At(3, 30)), next);
    }

    [Fact]
    public void A_page_that_all_shares_the_walks_first_second_moves_on_by_page_number()
    {
        // A bulk edit: a hundred orders saved in the same second. Restarting there would read the same page again.
        var walk = new PullCursor(At(3, 29), 1, At(3, 30));

        var next = walk.After([At(3, 30), At(3, 30)], hasMore: true);

        Assert.Equal(new PullCursor(At(3, 29), 2, At(3, 30)), next);
    }

    [Fact]
    public void After_the_last_page_the_next_walk_starts_a_minute_before_the_newest_change_seen()
    {
        var next = new PullCursor(Since, 2, At(40)).After([At(20), At(30)], hasMore: false);

        Assert.Equal(PullCursor.Start(At(39)), next);
    }

    [Fact]
    public void An_empty_last_page_keeps_the_newest_change_seen_before_it_and_an_idle_store_keeps_its_start()
    {
        Assert.Equal(PullCursor.Start(At(39)), new PullCursor(Since, 3, At(40)).After([], hasMore: false));
        Assert.Equal(PullCursor.Start(Since), PullCursor.Start(Since).After([], hasMore: false));
        // The overlap never moves a walk back before its own start.
        Assert.Equal(PullCursor.Start(Since), PullCursor.Start(Since).After([At(0, 20)], hasMore: false));
    }
}
