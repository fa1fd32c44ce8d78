using Commerce.Integrations.Abstractions.Carriers;

namespace Commerce.Shipping.Domain;

/// <summary>
/// Orders the tracking statuses so that a package never moves backwards: a late "in transit" after "out for delivery"
/// changes nothing, and a final status (delivered, returned, failed, cancelled) is never left. Statuses of the same rank
/// (in transit ⇄ exception, out for delivery ⇄ available for pickup) follow the newer event.
/// </summary>
internal static class TrackingProgress
{
    public static int Rank(TrackingStatus status) => status switch
    {
        TrackingStatus.Unknown => 0,
        TrackingStatus.PreTransit => 1,
        TrackingStatus.InTransit or TrackingStatus.Exception => 2,
        TrackingStatus.OutForDelivery or TrackingStatus.AvailableForPickup => 3,
        _ => 4,
    };

    public static bool IsFinal(TrackingStatus status) => Rank(status) == 4;

    /// <summary>
    /// Whether a report of <paramref name="next"/> at <paramref name="at"/> replaces <paramref name="current"/> (last
    /// seen at <paramref name="currentAt"/>). An exception is an overlay: a newer one applies at any stage short of a
    /// final status (a failed delivery attempt comes after "out for delivery"), and newer progress clears it.
    /// </summary>
    public static bool Advances(TrackingStatus current, DateTimeOffset? currentAt, TrackingStatus next, DateTimeOffset at)
    {
        if (next == current || IsFinal(current) || next == TrackingStatus.Unknown) return false;
        var newer = currentAt is null || at > currentAt;
        if (next == TrackingStatus.Exception || current == TrackingStatus.Exception) return newer && Rank(next) >= 1;
        var (from, to) = (Rank(current), Rank(next));
        return to > from || (to == from && newer);
    }
}
