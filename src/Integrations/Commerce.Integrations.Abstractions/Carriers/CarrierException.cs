namespace Commerce.Integrations.Abstractions.Carriers;

public enum CarrierErrorKind
{
    /// <summary>The carrier refused the request (an address it cannot serve, a bad parameter): its message says why.</summary>
    Rejected,
    /// <summary>The carrier could not be reached or failed (timeouts, 5xx after retries).</summary>
    Unavailable,
    /// <summary>The carrier answered something we cannot read.</summary>
    Malformed,
    /// <summary>The account is missing a setting or has a wrong one.</summary>
    Configuration,
}

/// <summary>A carrier call that did not succeed, with the carrier's own message when it gave one.</summary>
public sealed class CarrierException(CarrierErrorKind kind, string message, string? carrierCode = null, Exception? inner = null)
    : Exception(message, inner)
{
    public CarrierErrorKind Kind { get; } = kind;
    public string? CarrierCode { get; } = carrierCode;
}
