using System.Text.RegularExpressions;

namespace Commerce.Integrations.Abstractions.Storefronts;

/// <summary>
/// Stores have no idempotency key for refunds, so a refund pushed from here carries our refund id in its note or reason
/// as <c>[commerce-refund:{id}]</c>. A connector looks for it before creating a refund (a retry after a lost answer finds
/// it), and the host recognises the store's refund notification of a refund that was ours to begin with.
/// </summary>
public static partial class RefundMarker
{
    public static string Of(string refundId) => $"[commerce-refund:{refundId}]";

    /// <summary>The note or reason to send: the reason, if any, then the marker.</summary>
    public static string Append(string? reason, string refundId) =>
        string.IsNullOrWhiteSpace(reason) ? Of(refundId) : $"{reason.Trim()} {Of(refundId)}";

    public static bool Carries(string? text, string refundId) => text?.Contains(Of(refundId), StringComparison.Ordinal) == true;

    /// <summary>The refund id a note or reason carries, or null when it carries none.</summary>
    public static string? Find(string? text) => text is null ? null : Pattern().Match(text) is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex(@"\[commerce-refund:([^\]\s]+)\]")]
    private static partial Regex Pattern();
}
