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
}
