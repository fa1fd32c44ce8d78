using Commerce.Integrations.Abstractions;
using Commerce.Integrations.Abstractions.Carriers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Commerce.Shipping.Carriers;

/// <summary>A configured account together with the plugin that serves it.</summary>
internal sealed record CarrierConnection(CarrierAccount Account, ICarrierAdapter Adapter)
{
    public bool Can(CarrierCapabilities capability) => Adapter.Capabilities.HasFlag(capability);
}

/// <summary>
/// The carrier accounts of <c>Commerce:Shipping:Accounts</c>: each names its plugin (<c>Carrier</c>), whether it is
/// <c>Enabled</c>, and its <c>Settings</c> (credentials, base address, rate tables; nested tables flatten to keys such as
/// <c>Rates:0:Price</c>). Accounts whose plugin is not installed are reported, never used.
/// </summary>
internal sealed class CarrierRegistry
{
    private readonly Dictionary<string, CarrierConnection> _connections = new(StringComparer.OrdinalIgnoreCase);

    public CarrierRegistry(IConfiguration configuration, IEnumerable<ICarrierAdapter> adapters, ILogger<CarrierRegistry> logger)
    {
        var byKey = adapters.ToDictionary(a => a.Metadata.Key, StringComparer.OrdinalIgnoreCase);
        foreach (var section in configuration.GetSection("Commerce:Shipping:Accounts").GetChildren())
        {
            var carrier = section["Carrier"];
            if (string.Equals(section["Enabled"], "false", StringComparison.OrdinalIgnoreCase)) continue;
            if (carrier is null || !byKey.TryGetValue(carrier, out var adapter))
            {
                Problems.Add($"Carrier account '{section.Key}' names carrier '{carrier}', which no installed plugin serves.");
                continue;
            }

            _connections[section.Key] = new CarrierConnection(
                new CarrierAccount(section.Key, adapter.Metadata.Key, IntegrationSettings.From(section)), adapter);
        }

        foreach (var problem in Problems) logger.LogError("{Problem}", problem);
    }

    public List<string> Problems { get; } = [];

    public IReadOnlyCollection<CarrierConnection> All => _connections.Values;

    /// <summary>Accounts whose packages only staff and CSV files can move: the carrier reports nothing itself.</summary>
    public IReadOnlyCollection<string> WithoutOwnTracking() =>
        _connections.Values.Where(c => !c.Can(CarrierCapabilities.Tracking) && !c.Can(CarrierCapabilities.TrackingWebhooks))
            .Select(c => c.Account.Id).ToList();

    public CarrierConnection? Find(string? accountId) =>
        accountId is not null && _connections.TryGetValue(accountId, out var connection) ? connection : null;
}
