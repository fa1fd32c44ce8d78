namespace Commerce.Integrations.Abstractions.Storefronts;

public enum StorefrontErrorKind
{
    /// <summary>The store refused the request (4xx): retrying the same request will not help. Its message says why.</summary>
    Rejected,
    /// <summary>The store could not be reached or failed (timeouts, 5xx, 429 after retries): try again later.</summary>
    Unavailable,
    /// <summary>A payload we cannot read (a webhook body, an API answer).</summary>
    Malformed,
    /// <summary>The store is missing a setting or has a wrong one.</summary>
    Configuration,
}

/// <summary>A storefront call or payload that did not succeed, with the store's own message when it gave one.</summary>
public sealed class StorefrontException(StorefrontErrorKind kind, string message, int? statusCode = null, Exception? inner = null)
    : Exception(message, inner)
{
    public StorefrontErrorKind Kind { get; } = kind;

    /// <summary>The HTTP status the store answered with, when it answered.</summary>
    public int? StatusCode { get; } = statusCode;
}
