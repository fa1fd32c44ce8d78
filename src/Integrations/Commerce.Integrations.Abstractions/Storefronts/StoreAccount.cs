namespace Commerce.Integrations.Abstractions.Storefronts;

/// <summary>
/// A retailer's store on a storefront platform, from configuration (<c>Commerce:Storefronts:Stores:{id}</c>): which
/// connector serves it (<see cref="Connector"/>, a plugin key), the sales channel its orders are recorded under, and its
/// settings (base address, API credentials, webhook secrets). Settings never leave the server.
/// </summary>
public sealed record StoreAccount(string Id, string Connector, string Channel, IReadOnlyDictionary<string, string> Settings)
{
    /// <summary>A required setting; a missing one is a configuration error naming the store and the setting.</summary>
    public string Setting(string name) =>
        IntegrationSettings.Required(Settings, name,
            () => new StorefrontException(StorefrontErrorKind.Configuration, $"Store '{Id}' has no setting '{name}'."));

    public string? OptionalSetting(string name) => IntegrationSettings.Optional(Settings, name);

    /// <summary>Never prints the settings: they hold secrets.</summary>
    public override string ToString() => $"{Connector} store {Id}";
}
