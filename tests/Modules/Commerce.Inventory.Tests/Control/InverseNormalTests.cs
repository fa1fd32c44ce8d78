using Commerce.Inventory.Domain.Control;
using CsCheck;

namespace Commerce.Inventory.Tests.Control;

public sealed class InverseNormalTests
{
    private const double Tolerance = 1e-6;

    [Theory]
    [InlineData(0.5, 0.0)]
    [InlineData(0.95, 1.6448536269514715)]
    [InlineData(0.99, 2.3263478740408408)]
    [InlineData(0.975, 1.9599639845400536)]
    [InlineData(0.8413447460685429, 1.0)]
    [InlineData(0.01, -2.3263478740408408)]
    [InlineData(0.001, -3.090232306167813)]
    [InlineData(0.999999, 4.753424308817089)]
    public void Matches_standard_normal_quantiles(double probability, double expected) =>
        Assert.InRange((double)InverseNormal.Z((decimal)probability), expected - Tolerance, expected + Tolerance);

    [Fact]
    public void The_median_is_exactly_zero() => Assert.Equal(0m, InverseNormal.Z(0.5m));

    [Fact]
    public void Is_antisymmetric_around_one_half()
    {
        Gen.Decimal[0.000001m, 0.999999m].Sample(p => Assert.Equal(InverseNormal.Z(p), -InverseNormal.Z(1m - p)));
    }

    [Fact]
    public void Rises_with_the_probability()
    {
        Gen.Select(Gen.Decimal[0.000001m, 0.999999m], Gen.Decimal[0.000001m, 0.999999m])
            .Where(t => t.Item1 < t.Item2)
            .Sample((lower, higher) => Assert.True(InverseNormal.Z(lower) <= InverseNormal.Z(higher)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(-0.5)]
    [InlineData(1.5)]
    public void Probabilities_outside_0_to_1_are_refused(decimal probability) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => InverseNormal.Z(probability));
}
