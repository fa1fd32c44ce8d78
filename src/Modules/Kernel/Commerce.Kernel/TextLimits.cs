namespace Commerce.Kernel;

public static class TextLimits
{
    /// <summary>At most <paramref name="length"/> characters: what a partner or a connector says is cut to fit, not refused.</summary>
    public static string Truncate(this string text, int length) => text.Length <= length ? text : text[..length];
}
