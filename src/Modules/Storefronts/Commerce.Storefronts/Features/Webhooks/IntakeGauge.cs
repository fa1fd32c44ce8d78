namespace Commerce.Storefronts.Features.Webhooks;

/// <summary>
/// Whether stores are sending webhooks right now: acknowledgements in flight, or one finished a moment ago. Intake comes
/// first, because a store waits on a deadline and processing can catch up: while the gauge reads busy, the inbox's drain
/// pauses between its batches (see <see cref="StorefrontOptions.DrainPauseWhileReceiving"/>).
/// </summary>
public sealed class IntakeGauge(TimeProvider clock)
{
    /// <summary>How long after the last acknowledgement intake still counts as busy: the gap between a sender's requests.</summary>
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(20);

    private int _inFlight;
    private long _lastDoneTicks;

    public Receipt Receiving()
    {
        Interlocked.Increment(ref _inFlight);
        return new Receipt(this);
    }

    public bool Busy =>
        Volatile.Read(ref _inFlight) > 0 || clock.GetUtcNow().UtcTicks - Interlocked.Read(ref _lastDoneTicks) < Settle.Ticks;

    private void Done()
    {
        Interlocked.Exchange(ref _lastDoneTicks, clock.GetUtcNow().UtcTicks);
        Interlocked.Decrement(ref _inFlight);
    }

    public readonly struct Receipt(IntakeGauge gauge) : IDisposable
    {
        public void Dispose() => gauge.Done();
    }
}
