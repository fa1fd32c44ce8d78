using System.Globalization;

namespace Commerce.Integrations.Shopify.Api;

/// <summary>
/// Shopify's REST rate limit is a leaky bucket per app and store; every answer says how full it is in
/// <c>X-Shopify-Shop-Api-Call-Limit: 39/40</c>. It drains at 2 calls a second on the Standard plan (faster on larger
/// plans), so when fewer than a tenth of the places are left we wait half a second for each call over that line
/// before the next call to the store: calls slow down instead of running into 429s.
/// </summary>
internal static class CallLimit
{
    public const string Header = "X-Shopify-Shop-Api-Call-Limit";

    /// <summary>The slowest documented drain rate (Standard plan: 2 calls/s), so the pause is long enough on every plan.</summary>
    private static readonly TimeSpan PerCall = TimeSpan.FromMilliseconds(500);

    public static (int Used, int Size)? Parse(string? header)
    {
        var parts = header?.Split('/');
        return parts is [var used, var size]
            && int.TryParse(used.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var u)
            && int.TryParse(size.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s > 0
                ? (u, s)
                : null;
    }

    /// <summary>How long to hold the next call: zero while the bucket has room.</summary>
    public static TimeSpan PauseFor(string? header)
    {
        if (Parse(header) is not var (used, size)) return TimeSpan.Zero;
        var headroom = Math.Max(2, size / 10);
        var over = used - (size - headroom) + 1;
        return over > 0 ? PerCall * Math.Min(over, size) : TimeSpan.Zero;
    }
}

/// <summary>Holds calls to one store until the pause its last answer asked for is over (shared by every call to the store).</summary>
internal sealed class CallGate(TimeProvider clock)
{
    private readonly Lock _lock = new();
    private DateTimeOffset _notBefore = DateTimeOffset.MinValue;

    public Task WaitAsync(CancellationToken cancellationToken)
    {
        TimeSpan wait;
        lock (_lock) wait = _notBefore - clock.GetUtcNow();
        return wait > TimeSpan.Zero ? Task.Delay(wait, clock, cancellationToken) : Task.CompletedTask;
    }

    public void Observe(string? callLimitHeader)
    {
        var pause = CallLimit.PauseFor(callLimitHeader);
        if (pause <= TimeSpan.Zero) return;
        var until = clock.GetUtcNow() + pause;
        lock (_lock)
            if (until > _notBefore) _notBefore = until;
    }
}
