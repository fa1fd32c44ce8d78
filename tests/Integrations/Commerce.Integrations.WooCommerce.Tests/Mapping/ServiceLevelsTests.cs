using Commerce.Integrations.WooCommerce.Mapping;

namespace Commerce.Integrations.WooCommerce.Tests.Mapping;

public sealed class ServiceLevelsTests
{
    [Theory]
    [InlineData("flat_rate", "Flat Rate", "standard")]
    [InlineData("flat_rate:25", "Flat rate", "standard")]
    [InlineData("free_shipping", "Free shipping", "standard")]
    [InlineData("local_pickup", "Local pickup", "standard")]
    [InlineData("table_rate", null, "standard")]
    [InlineData("flat_rate", "Express", "expedited")]
    [InlineData("flat_rate", "Expedited shipping", "expedited")]
    [InlineData("flat_rate", "Overnight", "expedited")]
    [InlineData("usps_priority", "USPS", "expedited")]
    [InlineData("flat_rate", "Next Day Delivery", "expedited")]
    [InlineData("flat_rate", "Economy (5-8 days)", "economy")]
    public void A_shipping_method_maps_to_a_service_level(string methodId, string? title, string level) =>
        Assert.Equal(level, ServiceLevels.Of(methodId, title));

    [Fact]
    public void The_fastest_of_several_shipping_lines_wins_and_none_is_null()
    {
        Assert.Equal("expedited", ServiceLevels.Fastest(["economy", "expedited", "standard"]));
        Assert.Equal("standard", ServiceLevels.Fastest(["economy", "standard"]));
        Assert.Null(ServiceLevels.Fastest([]));
    }
}
