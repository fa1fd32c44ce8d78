using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Commerce.Integrations.Abstractions.Storefronts;

namespace Commerce.Integrations.WooCommerce.Mapping;

/// <summary>A product or variation found by SKU. <see cref="ParentId"/> is set for a variation (its variable product).</summary>
internal sealed record ProductRef(long Id, string Sku, long? ParentId)
{
    /// <summary>
    /// An item of <c>GET /products?sku=…</c>. With a SKU filter WooCommerce searches variations too (post types
    /// <c>product</c> and <c>product_variation</c>); a variation has <c>type: "variation"</c> and its product's
    /// <c>parent_id</c>. Items without an id or a SKU are of no use here.
    /// </summary>
    public static ProductRef? Read(JsonElement product)
    {
        if (product.Id("id") is not { } id || product.Str("sku") is not { } sku) return null;
        var parent = product.Id("parent_id");
        var isVariation = product.Str("type") is { } type ? type == "variation" : parent is not null;
        return new ProductRef(long.Parse(id, CultureInfo.InvariantCulture), sku,
            isVariation && parent is not null ? long.Parse(parent, CultureInfo.InvariantCulture) : null);
    }
}

/// <summary>One absolute stock level to set on a product or variation.</summary>
internal sealed record StockUpdate(long Id, string Sku, int Quantity);

/// <summary>One batch request: <c>POST products/batch</c> or <c>POST products/{parent}/variations/batch</c>, at most 100 updates.</summary>
internal sealed record StockBatch(string Path, IReadOnlyList<StockUpdate> Updates)
{
    public JsonObject Body() => new()
    {
        ["update"] = new JsonArray(Updates.Select(u => (JsonNode)new JsonObject
        {
            ["id"] = u.Id,
            ["manage_stock"] = true,
            ["stock_quantity"] = u.Quantity,
        }).ToArray()),
    };
}

/// <summary>The batch requests that set the store's stock to our levels, and the SKUs the store does not know.</summary>
internal sealed record StockPlan(IReadOnlyList<StockBatch> Batches, IReadOnlyList<string> UnknownSkus)
{
    /// <summary>WooCommerce's default limit of objects per batch request (filter <c>woocommerce_rest_batch_items_limit</c>).</summary>
    public const int BatchLimit = 100;

    /// <summary>How many SKUs one lookup asks for, and how long its comma-separated list may grow, to keep URLs short.</summary>
    public const int LookupLimit = 100;
    private const int LookupLength = 1500;

    /// <summary>
    /// The SKU lists for <c>GET /products?sku=a,b,c</c>. WooCommerce splits the parameter on commas, so a SKU that holds a
    /// comma is looked up on its own (WooCommerce then also matches the whole string).
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> LookupGroups(IEnumerable<string> skus)
    {
        var groups = new List<IReadOnlyList<string>>();
        var current = new List<string>();
        var length = 0;
        foreach (var sku in skus)
        {
            if (sku.Contains(',', StringComparison.Ordinal))
            {
                groups.Add([sku]);
                continue;
            }

            var cost = Uri.EscapeDataString(sku).Length + 1;
            if (current.Count == LookupLimit || (current.Count > 0 && length + cost > LookupLength))
            {
                groups.Add(current);
                (current, length) = ([], 0);
            }

            current.Add(sku);
            length += cost;
        }

        if (current.Count > 0) groups.Add(current);
        return groups;
    }

    /// <summary>
    /// The requested levels (the last one wins when a SKU repeats) matched to the products found: products in
    /// <c>products/batch</c>, variations in their parent's <c>variations/batch</c>, each chunked to <see cref="BatchLimit"/>.
    /// SKUs are matched ignoring case, as WooCommerce's own lookup does; when two products share a SKU the first found is set.
    /// </summary>
    public static StockPlan Build(IReadOnlyList<StockLevelPush> levels, IEnumerable<ProductRef> found)
    {
        var wanted = new Dictionary<string, StockLevelPush>(StringComparer.OrdinalIgnoreCase);
        foreach (var level in levels) wanted[level.Sku] = level;

        var bySku = new Dictionary<string, ProductRef>(StringComparer.OrdinalIgnoreCase);
        foreach (var product in found) bySku.TryAdd(product.Sku, product);

        var matched = wanted.Values
            .Where(l => bySku.ContainsKey(l.Sku))
            .Select(l => (Product: bySku[l.Sku], Update: new StockUpdate(bySku[l.Sku].Id, l.Sku, l.Available)))
            .ToList();

        var batches = matched
            .GroupBy(m => m.Product.ParentId)
            .OrderBy(g => g.Key ?? 0)
            .SelectMany(g => g.Select(m => m.Update).OrderBy(u => u.Id).Chunk(BatchLimit)
                .Select(chunk => new StockBatch(g.Key is { } parent ? $"products/{parent}/variations/batch" : "products/batch", chunk)))
            .ToList();
        var unknown = wanted.Values.Where(l => !bySku.ContainsKey(l.Sku)).Select(l => l.Sku).ToList();
        return new StockPlan(batches, unknown);
    }
}
