namespace Commerce.Integrations.Abstractions.Carriers;

/// <summary>
/// A retailer's account with a carrier, from configuration: which adapter serves it (<see cref="Carrier"/>, a plugin key)
/// and its settings (credentials, base address, rate tables). Credentials are data, never code, and never leave the server.
/// </summary>
public sealed record CarrierAccount(string Id, string Carrier, IReadOnlyDictionary<string, string> Settings)
{
    /// <summary>A required setting; a missing one is a configuration error naming the account and the setting.</summary>
    public string Setting(string name) =>
        IntegrationSettings.Required(Settings, name,
            () => new CarrierException(CarrierErrorKind.Configuration, $"Carrier account '{Id}' has no setting '{name}'."));

    public string? OptionalSetting(string name) => IntegrationSettings.Optional(Settings, name);

    /// <summary>Never prints the settings: they hold secrets.</summary>
    public override string ToString() => $"{Carrier} account {Id}";
}
