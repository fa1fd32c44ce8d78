using System.Text.Json;
using System.Text.Json.Nodes;

namespace Commerce.Integrations.Shopify.Mapping;

/// <summary>
/// Stock levels in Shopify's terms. Stock belongs to a variant's inventory item at a location; the REST API cannot look
/// a variant up by SKU, so the store's catalogue is read (<c>products.json?fields=id,variants</c>, 250 a page) into a
/// SKU → inventory item map. Shopify lets several variants share a SKU; each of them is set, since all of them sell
/// from the stock this platform holds under that SKU.
/// </summary>
internal static class InventoryRequest
{
    public const string CatalogueQuery = "fields=id,variants&limit=250";

    public static void AddVariants(JsonElement productsPage, Dictionary<string, List<long>> inventoryItemsBySku)
    {
        foreach (var variant in productsPage.Items("products").SelectMany(product => product.Items("variants")))
        {
            if (variant.Str("sku")?.Trim() is not { } sku || variant.Id("inventory_item_id") is not { } itemId) continue;
            if (!inventoryItemsBySku.TryGetValue(sku, out var items)) inventoryItemsBySku[sku] = items = [];
            if (!items.Contains(itemId)) items.Add(itemId);
        }
    }

    /// <summary>
    /// <c>POST inventory_levels/set.json</c>: the absolute quantity available at the location. Shopify expects a retried
    /// inventory write never to count twice; for its GraphQL mutations it asks for an <c>@idempotent</c> key (optional from
    /// 2026-01, mandatory from 2026-04; the REST endpoint and 2025-10 have none). An absolute set meets that expectation
    /// by its nature: sent twice after a lost answer, the level is the same, where a repeated delta would count twice.
    /// What it cannot do is GraphQL's compare-and-set (<c>compareQuantity</c>/<c>changeFromQuantity</c>): a sale in the
    /// store between our count and this write is overwritten until its order reaches us and the next push corrects it.
    /// That is accepted because this platform is the source of truth for the stock it sells at this location.
    /// </summary>
    public static JsonObject Set(long locationId, long inventoryItemId, int available) => new()
    {
        ["location_id"] = locationId,
        ["inventory_item_id"] = inventoryItemId,
        ["available"] = available,
    };
}
