namespace Commerce.Storefronts.Domain;

internal static class Instants
{
    /// <summary>
    /// UTC, in whole milliseconds: what every database keeps (PostgreSQL keeps microseconds and only UTC), so a repeat
    /// of a store's timestamp compares equal to the one stored.
    /// </summary>
    public static DateTimeOffset Normalize(DateTimeOffset at)
    {
        var utc = at.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - utc.Ticks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);
    }
}
