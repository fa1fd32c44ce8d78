using System.Text.Json.Nodes;
using Commerce.Integrations.Abstractions.Storefronts;
using Commerce.Testing;

namespace Commerce.Integrations.WooCommerce.Tests.Transport;

public sealed class StockPushTests : IAsyncLifetime
{
    private WooCommerceApi _api = null!;

    /// <summary>The store's catalogue by SKU: 150 simple products and a variable tee with two variations.</summary>
    private readonly Dictionary<string, JsonObject> _catalogue = new(StringComparer.OrdinalIgnoreCase);

    public async Task InitializeAsync()
    {
        _api = await WooCommerceApi.StartAsync();
        for (var i = 1; i <= 150; i++) Add(new JsonObject { ["id"] = 2000 + i, ["sku"] = $"MUG-{i:000}", ["type"] = "simple", ["parent_id"] = 0 });
        Add(new JsonObject { ["id"] = 799, ["sku"] = "TEE", ["type"] = "variable", ["parent_id"] = 0 });
        Add(new JsonObject { ["id"] = 733, ["sku"] = "TEE-M", ["type"] = "variation", ["parent_id"] = 799 });
        Add(new JsonObject { ["id"] = 734, ["sku"] = "TEE-L", ["type"] = "variation", ["parent_id"] = 799 });

        // GET products?sku=a,b,c as WooCommerce answers it: every product or variation whose SKU is in the list.
        _api.On("GET", "products", request =>
        {
            var skus = WooCommerceApi.Query(request)["sku"]!.Split(',');
            var found = skus.Where(_catalogue.ContainsKey).Select(s => (JsonNode?)_catalogue[s].DeepClone()).ToArray();
            return WooCommerceApi.Page(new JsonArray(found), totalPages: 1);
        });
        // A batch answers with the updated objects.
        Func<RecordedRequest, CannedResponse> batch = request =>
        {
            var updates = JsonNode.Parse(request.BodyText)!["update"]!.AsArray();
            return CannedResponse.Json(new JsonObject
            {
                ["update"] = new JsonArray(updates.Select(u => (JsonNode?)new JsonObject
                {
                    ["id"] = u!["id"]!.GetValue<long>(),
                    ["manage_stock"] = true,
                    ["stock_quantity"] = u["stock_quantity"]!.GetValue<int>(),
                }).ToArray()),
            }.ToJsonString());
        };
        _api.On("POST", "products/batch", batch);
        _api.On("POST", "products/*/variations/batch", batch);
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    private void Add(JsonObject product) => _catalogue[(string)product["sku"]!] = product;

    [Fact]
    public async Task A_hundred_and_fifty_skus_a_variation_and_an_unknown_sku_take_two_product_batches_and_one_variation_batch()
    {
        var levels = Enumerable.Range(1, 150).Select(i => new StockLevelPush($"MUG-{i:000}", i % 7))
            .Append(new StockLevelPush("TEE-M", 4))
            .Append(new StockLevelPush("GHOST-1", 9))
            .ToList();

        var result = await _api.Connector.PushStockLevelsAsync(_api.Store, levels, CancellationToken.None);

        Assert.Equal(151, result.Updated);
        Assert.Equal(["GHOST-1"], result.UnknownSkus);

        var lookups = _api.RequestsTo("GET", "products");
        Assert.Equal(2, lookups.Count);
        Assert.All(lookups, l => Assert.Equal(("100", "1"), (WooCommerceApi.Query(l)["per_page"], WooCommerceApi.Query(l)["page"])));
        Assert.Equal(levels.Select(l => l.Sku).Order(), lookups.SelectMany(l => WooCommerceApi.Query(l)["sku"]!.Split(',')).Order());

        var productBatches = _api.RequestsTo("POST", "products/batch").Select(r => JsonNode.Parse(r.BodyText)!["update"]!.AsArray()).ToList();
        Assert.Equal([100, 50], productBatches.Select(b => b.Count));
        var sent = productBatches.SelectMany(b => b).ToDictionary(u => u!["id"]!.GetValue<long>());
        Assert.Equal(150, sent.Count);
        Assert.All(sent.Values, u => Assert.True(u!["manage_stock"]!.GetValue<bool>()));
        Assert.Equal(37 % 7, sent[2037]!["stock_quantity"]!.GetValue<int>());

        var variations = Assert.Single(_api.RequestsTo("POST", "products/*/variations/batch"));
        Assert.Equal("/wp-json/wc/v3/products/799/variations/batch", variations.Path);
        Assert.Equal("""{"update":[{"id":733,"manage_stock":true,"stock_quantity":4}]}""", variations.BodyText);
    }

    [Fact]
    public async Task A_blank_sku_is_never_looked_up_because_an_empty_filter_lists_every_product()
    {
        var result = await _api.Connector.PushStockLevelsAsync(_api.Store,
            [new StockLevelPush(" ", 3), new StockLevelPush("TEE-L", 2)], CancellationToken.None);

        Assert.Equal("TEE-L", WooCommerceApi.Query(Assert.Single(_api.RequestsTo("GET", "products")))["sku"]);
        Assert.Equal(1, result.Updated);
        Assert.Equal([" "], result.UnknownSkus);
    }

    [Fact]
    public async Task Nothing_to_push_calls_nothing()
    {
        var result = await _api.Connector.PushStockLevelsAsync(_api.Store, [], CancellationToken.None);

        Assert.Equal((0, 0), (result.Updated, result.UnknownSkus.Count));
        Assert.Empty(_api.Server.Requests);
    }

    [Fact]
    public async Task Updates_the_store_refuses_one_by_one_are_reported_after_every_batch_was_sent()
    {
        _api.On("POST", "products/batch", CannedResponse.Json("""
            {"update":[{"id":2001,"manage_stock":true,"stock_quantity":1},
                       {"id":2002,"error":{"code":"woocommerce_rest_product_invalid_id","message":"Invalid ID.","data":{"status":400}}}]}
            """));

        var error = await Assert.ThrowsAsync<StorefrontException>(() => _api.Connector.PushStockLevelsAsync(_api.Store,
            [new StockLevelPush("MUG-001", 1), new StockLevelPush("MUG-002", 2), new StockLevelPush("TEE-M", 3)], CancellationToken.None));

        Assert.Equal(StorefrontErrorKind.Rejected, error.Kind);
        Assert.Contains("MUG-002: Invalid ID.", error.Message);
        Assert.Contains("the other 2 were made", error.Message);
        Assert.Single(_api.RequestsTo("POST", "products/*/variations/batch"));
    }
}
