namespace Commerce.Integrations.Abstractions.Fulfillment;

/// <summary>
/// How we reach a fulfillment partner — a 3PL or a dropship supplier — from configuration
/// (<c>Commerce:Fulfillment:Partners:{id}</c>): which plugin serves it (<see cref="Adapter"/>, a plugin key) and its
/// settings (base address, API key, webhook secret, SMTP server and mailbox). Settings never leave the server.
/// </summary>
public sealed record PartnerAccount(string Id, string Adapter, IReadOnlyDictionary<string, string> Settings)
{
    /// <summary>A required setting; a missing one is a configuration error naming the partner and the setting.</summary>
    public string Setting(string name) =>
        IntegrationSettings.Required(Settings, name,
            () => new PartnerException(PartnerErrorKind.Configuration, $"Fulfillment partner '{Id}' has no setting '{name}'."));

    public string? OptionalSetting(string name) => IntegrationSettings.Optional(Settings, name);

    /// <summary>Never prints the settings: they hold secrets.</summary>
    public override string ToString() => $"{Adapter} partner {Id}";
}

public enum PartnerErrorKind
{
    /// <summary>The partner refused the request (4xx, a mailbox that does not exist): sending it again will not help.</summary>
    Rejected,
    /// <summary>The partner could not be reached or failed (timeouts, 5xx, SMTP 4xx): try again later.</summary>
    Unavailable,
    /// <summary>A payload we cannot read.</summary>
    Malformed,
    /// <summary>The partner is missing a setting or has a wrong one.</summary>
    Configuration,
}

public sealed class PartnerException(PartnerErrorKind kind, string message, Exception? inner = null) : Exception(message, inner)
{
    public PartnerErrorKind Kind { get; } = kind;
}
