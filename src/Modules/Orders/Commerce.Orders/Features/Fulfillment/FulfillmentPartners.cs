using Commerce.Integrations.Abstractions;
using Commerce.Integrations.Abstractions.Fulfillment;
using Microsoft.Extensions.Configuration;

namespace Commerce.Orders.Features.Fulfillment;

/// <summary>
/// The partner accounts of configuration (<c>Commerce:Fulfillment:Partners:{id}</c>: Adapter and Settings) with the
/// plugin that serves each. Sources name a partner; a partner that is not configured cannot be named.
/// </summary>
public sealed class FulfillmentPartners(IConfiguration configuration, IEnumerable<IFulfillmentPartnerAdapter> adapters)
{
    private readonly Dictionary<string, IFulfillmentPartnerAdapter> _adapters =
        adapters.ToDictionary(a => a.Metadata.Key, StringComparer.OrdinalIgnoreCase);

    public (PartnerAccount Account, IFulfillmentPartnerAdapter Adapter)? Find(string id)
    {
        var section = configuration.GetSection($"Commerce:Fulfillment:Partners:{id}");
        if (!section.Exists() || section["Adapter"] is not { Length: > 0 } key || !_adapters.TryGetValue(key, out var adapter)) return null;
        return (new PartnerAccount(id, key, IntegrationSettings.From(section)), adapter);
    }

    public async Task<PartnerAcknowledgement> SendAsync(string id, FulfillmentRequest request, CancellationToken cancellationToken)
    {
        var (account, adapter) = Find(id)
            ?? throw new PartnerException(PartnerErrorKind.Configuration, $"Fulfillment partner '{id}' is not configured, or its adapter is not installed.");
        return await adapter.SendAsync(account, request, cancellationToken);
    }
}
