namespace Commerce.Kernel;

public static class Instants
{
    /// <summary>
    /// The instant in UTC, cut to whole microseconds: the finest that every supported database keeps (PostgreSQL's
    /// timestamptz), so a value answered before it is saved equals the value read back.
    /// </summary>
    public static DateTimeOffset ToMicroseconds(DateTimeOffset at)
    {
        var utc = at.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - utc.Ticks % TimeSpan.TicksPerMicrosecond, TimeSpan.Zero);
    }

    /// <summary>
    /// The instant in UTC, cut to whole milliseconds: a timestamp a store sends, kept so that a repeat of it compares
    /// equal to the one stored on every database.
    /// </summary>
    public static DateTimeOffset ToMilliseconds(DateTimeOffset at)
    {
        var utc = at.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - utc.Ticks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);
    }
}
