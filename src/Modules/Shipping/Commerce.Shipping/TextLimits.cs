namespace Commerce.Shipping;

internal static class TextLimits
{
    /// <summary>At most <paramref name="length"/> characters: what a carrier sends is cut to fit the column, not refused.</summary>
    public static string Truncate(this string text, int length) => text.Length <= length ? text : text[..length];
}
