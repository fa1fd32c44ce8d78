using Commerce.Storefronts.Features.Webhooks;
using Microsoft.Extensions.Time.Testing;

namespace Commerce.Storefronts.Tests;

public sealed class IntakeGaugeTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 27, 1, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Intake_is_busy_while_a_webhook_is_being_acknowledged_and_a_moment_after_then_quiet()
    {
        var gauge = new IntakeGauge(_clock);
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.False(gauge.Busy);

        var first = gauge.Receiving();
        var second = gauge.Receiving();
        _clock.Advance(TimeSpan.FromSeconds(5));
        first.Dispose();
        Assert.True(gauge.Busy);
        second.Dispose();
        _clock.Advance(TimeSpan.FromMilliseconds(10));
        Assert.True(gauge.Busy);
        _clock.Advance(TimeSpan.FromMilliseconds(15));
        Assert.False(gauge.Busy);
    }
}
