using Commerce.Integrations.Shopify.Mapping;

namespace Commerce.Integrations.Shopify.Tests.Mapping;

public sealed class ServiceLevelsTests
{
    [Theory]
    [InlineData("Free Shipping", "standard")]
    [InlineData("Standard", "standard")]
    [InlineData("Express Shipping", "expedited")]
    [InlineData("UPS Next Day Air", "expedited")]
    [InlineData("USPS Priority Mail", "expedited")]
    [InlineData("FedEx Overnight", "expedited")]
    [InlineData("Expedited", "expedited")]
    [InlineData("Economy", "economy")]
    [InlineData("UPS Ground Saver", "economy")]
    public void A_shipping_line_name_gives_a_level(string name, string level)
    {
        Assert.Equal(level, ServiceLevels.FromName(name));
    }

    [Fact]
    public void The_code_and_title_of_every_line_count_and_the_fastest_wins()
    {
        var lines = Recorded.Json("""[{"code": "ECONOMY", "title": "Saver"}, {"code": "custom", "title": "Express"}]""").EnumerateArray();

        Assert.Equal("expedited", ServiceLevels.FromShippingLines(lines));
    }

    [Fact]
    public void A_code_can_name_the_level_when_the_title_does_not()
    {
        var lines = Recorded.Json("""[{"code": "economy-2", "title": "Cheapest we have"}]""").EnumerateArray();

        Assert.Equal("economy", ServiceLevels.FromShippingLines(lines));
    }

    [Fact]
    public void No_shipping_lines_means_no_level()
    {
        Assert.Null(ServiceLevels.FromShippingLines([]));
    }
}
