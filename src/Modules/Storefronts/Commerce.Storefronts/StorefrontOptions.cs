namespace Commerce.Storefronts;

/// <summary>
/// Bound to <c>Commerce:Storefronts</c>. The stores themselves (<c>Commerce:Storefronts:Stores:{id}</c>) are read by
/// <see cref="Stores.StoreRegistry"/>.
/// </summary>
public sealed class StorefrontOptions
{
    public const string Section = "Commerce:Storefronts";

    /// <summary>Webhook bodies larger than this are refused with 413 and nothing is stored.</summary>
    public long MaxWebhookBytes { get; set; } = 1024 * 1024;

    /// <summary>At most this many pages are pulled in one reconciliation run; the next run carries on from the cursor.</summary>
    public int MaxPagesPerRun { get; set; } = 20;

    /// <summary>
    /// The waits between attempts to push to a store that is unavailable (5xx, 429, timeouts): one more attempt per
    /// entry, then the push is marked failed. Unset: 10 s, 1 min, 5 min, 15 min, 1 h, 3 h (7 attempts over ~4.5 h).
    /// </summary>
    public TimeSpan[]? PushRetryDelays { get; set; }

    /// <summary>
    /// While stores are sending webhooks, the inbox's drain waits this long between its batches of deliveries, so that
    /// acknowledging comes first; it never stops. Zero: no pause.
    /// </summary>
    public TimeSpan DrainPauseWhileReceiving { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// A delivery that has waited this long in the inbox no longer waits for intake: the drain takes it at full speed,
    /// however busy the stores are, so a sustained stream of webhooks cannot hold processing back for longer.
    /// </summary>
    public TimeSpan MaxDrainDelayWhileReceiving { get; set; } = TimeSpan.FromSeconds(10);

    public IReadOnlyList<TimeSpan> RetryDelays => PushRetryDelays is { Length: > 0 } delays ? delays : DefaultRetryDelays;

    private static readonly TimeSpan[] DefaultRetryDelays =
    [
        TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15),
        TimeSpan.FromHours(1), TimeSpan.FromHours(3),
    ];
}
