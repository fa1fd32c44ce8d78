using System.Collections.Concurrent;
using Commerce.Integrations.Shopify.Mapping;

namespace Commerce.Integrations.Shopify.Api;

/// <summary>
/// Each store's SKU → inventory item map, read from its catalogue and kept for <see cref="Lifetime"/>: a stock push
/// every few minutes should not page through the whole catalogue each time. A SKU added in Shopify meanwhile is reported
/// unknown until the map is read again; an inventory item Shopify no longer knows drops the map at once.
/// </summary>
internal sealed class SkuCatalogue(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, (IReadOnlyDictionary<string, List<long>> Items, DateTimeOffset ReadAt)> _stores = new();

    public async Task<IReadOnlyDictionary<string, List<long>>> InventoryItemsAsync(
        string storeKey, ShopifyClient client, CancellationToken cancellationToken)
    {
        if (_stores.TryGetValue(storeKey, out var cached) && clock.GetUtcNow() - cached.ReadAt < Lifetime)
            return cached.Items;

        var items = new Dictionary<string, List<long>>(StringComparer.Ordinal);
        await foreach (var page in client.GetAllPagesAsync("products.json", InventoryRequest.CatalogueQuery, cancellationToken))
            InventoryRequest.AddVariants(page, items);
        _stores[storeKey] = (items, clock.GetUtcNow());
        return items;
    }

    public void Forget(string storeKey) => _stores.TryRemove(storeKey, out _);
}
