using Commerce.Warehouse.Domain.Packing;

namespace Commerce.Warehouse.Tests.Packing;

public sealed class BillableWeightTests
{
    [Theory]
    // 12.4 x 12.5 x 11.6 bills as 12 x 13 x 12 = 1872 in³.
    [InlineData(139, 3.2, 14)]  // 1872 / 139 = 13.47 -> 14 beats 3.2 -> 4
    [InlineData(166, 3.2, 12)]  // 1872 / 166 = 11.28 -> 12
    [InlineData(250, 9.01, 10)] // 1872 / 250 = 7.49 -> 8 loses to 9.01 -> 10
    public void Bills_the_greater_of_rounded_up_dimensional_and_actual_weight(int divisor, double actual, int expected) =>
        Assert.Equal(expected, BillableWeight.Of(new Dimensions(12.4m, 12.5m, 11.6m), (decimal)actual, divisor));

    [Fact]
    public void A_volume_that_divides_exactly_is_not_rounded_up_further() =>
        Assert.Equal(10m, BillableWeight.Of(new Dimensions(139m, 1m, 10m), 1m, 139m));

    [Fact]
    public void A_divisor_must_be_positive() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => BillableWeight.Of(new Dimensions(1m, 1m, 1m), 1m, 0m));
}
