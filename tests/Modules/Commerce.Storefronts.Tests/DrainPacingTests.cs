using Commerce.Storefronts.Features.Webhooks;
using CsCheck;

namespace Commerce.Storefronts.Tests;

public sealed class DrainPacingTests
{
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan Longest = TimeSpan.FromSeconds(10);

    private static TimeSpan Ms(int ms) => TimeSpan.FromMilliseconds(ms);

    [Fact]
    public void While_stores_are_sending_the_next_batch_waits_for_the_rest_of_the_pause()
    {
        Assert.Equal(Ms(380), DrainPacing.Wait(Pause, Longest, sinceLastBatch: Ms(120), oldestWaited: Ms(900), intakeBusy: true));
        Assert.Equal(TimeSpan.Zero, DrainPacing.Wait(Pause, Longest, sinceLastBatch: Ms(600), oldestWaited: Ms(900), intakeBusy: true));
    }

    [Fact]
    public void Quiet_intake_a_delivery_that_waited_long_enough_or_no_pause_configured_never_waits()
    {
        Assert.Equal(TimeSpan.Zero, DrainPacing.Wait(Pause, Longest, Ms(10), Ms(900), intakeBusy: false));
        Assert.Equal(TimeSpan.Zero, DrainPacing.Wait(Pause, Longest, Ms(10), Longest, intakeBusy: true));
        Assert.Equal(TimeSpan.Zero, DrainPacing.Wait(TimeSpan.Zero, Longest, Ms(10), Ms(900), intakeBusy: true));
    }

    [Fact]
    public void A_wait_is_never_longer_than_the_pause_and_batches_are_never_closer_than_it_while_busy_and_young()
    {
        Gen.Select(Gen.Int[0, 2000], Gen.Int[0, 2000], Gen.Int[0, 20_000], Gen.Bool).Sample((pause, since, waited, busy) =>
        {
            var wait = DrainPacing.Wait(Ms(pause), Longest, Ms(since), Ms(waited), busy);
            Assert.InRange(wait, TimeSpan.Zero, Ms(pause));
            if (busy && Ms(waited) < Longest && since < pause) Assert.Equal(Ms(pause), Ms(since) + wait);
        });
    }
}
