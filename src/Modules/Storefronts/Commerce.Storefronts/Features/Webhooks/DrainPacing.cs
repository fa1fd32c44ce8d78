namespace Commerce.Storefronts.Features.Webhooks;

/// <summary>How long the inbox's drain waits before its next batch, so that acknowledging webhooks comes first.</summary>
public static class DrainPacing
{
    /// <summary>
    /// While stores are sending (<paramref name="intakeBusy"/>), at most one batch per <paramref name="pause"/>; not at
    /// all once the oldest delivery of the batch has waited <paramref name="longest"/>, and not when intake is quiet.
    /// </summary>
    public static TimeSpan Wait(TimeSpan pause, TimeSpan longest, TimeSpan sinceLastBatch, TimeSpan oldestWaited, bool intakeBusy) =>
        intakeBusy && pause > TimeSpan.Zero && sinceLastBatch < pause && oldestWaited < longest ? pause - sinceLastBatch : TimeSpan.Zero;
}
