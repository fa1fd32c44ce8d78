using Commerce.Integrations.Abstractions.Storefronts;
using Commerce.Integrations.Shopify.Api;
using Commerce.Integrations.Shopify.Mapping;

namespace Commerce.Integrations.Shopify.Tests.Mapping;

/// <summary>The small pure parts of the transport: cursors, Link headers, the call limit, error texts, cancel reasons.</summary>
public sealed class PlumbingTests
{
    [Fact]
    public void A_timestamp_cursor_round_trips_in_utc_whole_seconds()
    {
        var cursor = new PullCursor(new DateTimeOffset(2025, 3, 4, 10, 11, 12, 999, TimeSpan.FromHours(2)));

        Assert.Equal("2025-03-04T08:11:12Z", cursor.ToString());
        Assert.Equal(new PullCursor(new DateTimeOffset(2025, 3, 4, 8, 11, 12, TimeSpan.Zero)), PullCursor.Parse(cursor.ToString()));
    }

    [Fact]
    public void A_page_cursor_keeps_shopifys_page_info_and_the_newest_time_so_far()
    {
        var cursor = new PullCursor(new DateTimeOffset(2025, 3, 4, 8, 11, 12, TimeSpan.Zero), "eyJsYXN0X2lkIjo0|NTA3ODk0Njk=");

        var text = cursor.ToString();

        Assert.StartsWith("page|2025-03-04T08:11:12Z|", text);
        Assert.Equal(cursor, PullCursor.Parse(text));
    }

    [Theory]
    [InlineData("not a cursor")]
    [InlineData("page|2025-03-04T08:11:12Z|")]
    [InlineData("page|soon|abc")]
    public void A_cursor_this_connector_did_not_hand_out_is_malformed(string cursor)
    {
        Assert.Equal(StorefrontErrorKind.Malformed, Assert.Throws<StorefrontException>(() => PullCursor.Parse(cursor)).Kind);
    }

    [Theory]
    [InlineData("<https://acme.myshopify.com/admin/api/2025-10/orders.json?limit=250&page_info=abc123>; rel=\"next\"", "abc123")]
    [InlineData("<https://a.myshopify.com/admin/api/2025-10/orders.json?page_info=prev1&limit=250>; rel=\"previous\", <https://a.myshopify.com/admin/api/2025-10/orders.json?limit=250&page_info=next%3D2>; rel=\"next\"", "next=2")]
    [InlineData("<https://a.myshopify.com/admin/api/2025-10/orders.json?limit=250&page_info=prev1>; rel=\"previous\"", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void The_next_page_is_read_from_the_link_header(string? header, string? pageInfo)
    {
        Assert.Equal(pageInfo, LinkHeader.NextPageInfo(header));
    }

    [Theory]
    [InlineData("1/40", 0)]
    [InlineData("35/40", 0)]
    [InlineData("36/40", 500)]
    [InlineData("39/40", 2000)]
    [InlineData("40/40", 2500)]
    [InlineData("360/400", 500)]
    [InlineData("garbage", 0)]
    [InlineData(null, 0)]
    public void A_nearly_full_bucket_pauses_half_a_second_per_call_over_the_line(string? header, int milliseconds)
    {
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), CallLimit.PauseFor(header));
    }

    [Theory]
    [InlineData("2.0", 2)]
    [InlineData("1.2", 2)]
    [InlineData("3", 3)]
    [InlineData("soon", null)]
    public void A_fractional_retry_after_is_rounded_up_to_whole_seconds(string value, int? seconds)
    {
        Assert.Equal(seconds, RetryAfterNormaliser.WholeSeconds(value));
    }

    [Theory]
    [InlineData("""{"errors":"Not Found"}""", "Not Found")]
    [InlineData("""{"errors":{"base":["Order has already been cancelled"]}}""", "Order has already been cancelled")]
    [InlineData("""{"errors":{"line_items":["is invalid","is empty"],"email":["is taken"]}}""", "line_items: is invalid; is empty; email: is taken")]
    [InlineData("""{"errors":["Invalid location","Invalid item"]}""", "Invalid location; Invalid item")]
    [InlineData("""{"error":"Exceeded 2 calls per second for api client."}""", "Exceeded 2 calls per second for api client.")]
    [InlineData("<html>oops</html>", null)]
    public void Shopifys_error_shapes_are_read_into_one_sentence(string body, string? text)
    {
        Assert.Equal(text, ShopifyErrors.Describe(body));
    }

    [Theory]
    [InlineData(null, "other")]
    [InlineData("customer", "customer")]
    [InlineData("Customer asked to cancel", "customer")]
    [InlineData("Out of stock", "inventory")]
    [InlineData("Suspected fraud", "fraud")]
    [InlineData("Payment declined", "declined")]
    [InlineData("Duplicate order", "other")]
    public void A_cancel_reason_becomes_one_shopify_knows(string? reason, string shopify)
    {
        Assert.Equal(shopify, CancelReasons.ToShopify(reason));
    }
}
