namespace Commerce.Shipping;

/// <summary>Bound to <c>Commerce:Shipping</c>; carrier accounts are read by <see cref="Carriers.CarrierRegistry"/>.</summary>
public sealed class ShippingOptions
{
    /// <summary>How long a rate quote waits for the slowest carrier; a carrier that takes longer is left out, not fatal.</summary>
    public double QuoteTimeoutSeconds { get; set; } = 8;

    /// <summary>Working days from the order to the promised delivery, per service level.</summary>
    public Dictionary<string, int> PromiseWorkingDays { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Economy"] = 7,
        ["Standard"] = 5,
        ["Expedited"] = 2,
    };

    /// <summary>The shop's currency: rates are compared in it (a rate in another currency is chosen only when no other exists).</summary>
    public string Currency { get; set; } = "USD";

    /// <summary>How often the polling job looks for trackers due (carriers without webhooks).</summary>
    public int TrackingPollMinutes { get; set; } = 5;
}
