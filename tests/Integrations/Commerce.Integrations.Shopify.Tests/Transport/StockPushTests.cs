using System.Text.Json.Nodes;
using Commerce.Integrations.Abstractions.Storefronts;
using Commerce.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Commerce.Integrations.Shopify.Tests.Transport;

public sealed class StockPushTests : IAsyncLifetime
{
    /// <summary>Written here in the REST Product shape, trimmed by <c>fields=id,variants</c> (no such recording exists).</summary>
    private const string FirstPage = """
        {"products":[
          {"id": 632910392, "variants": [
            {"id": 39072856, "product_id": 632910392, "sku": "IPOD2008GREEN", "inventory_item_id": 39072856},
            {"id": 49148385, "product_id": 632910392, "sku": "", "inventory_item_id": 49148385},
            {"id": 808950810, "product_id": 632910392, "sku": "IPOD2008PINK", "inventory_item_id": 9223372036854775806}]}]}
        """;

    private const string SecondPage = """
        {"products":[{"id": 921728736, "variants": [{"id": 447654529, "product_id": 921728736, "sku": "IPOD2009BLACK", "inventory_item_id": 808950810}]}]}
        """;

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2025, 11, 26, 12, 0, 0, TimeSpan.Zero));
    private ShopifyApi _api = null!;

    public async Task InitializeAsync()
    {
        _api = await ShopifyApi.StartAsync(_clock);
        _api.On("GET", "products.json", request => request.Query.Contains("page_info=")
                ? CannedResponse.Json(SecondPage)
                : new CannedResponse(200, FirstPage, Headers: new Dictionary<string, string>
                {
                    ["Link"] = "<https://acme.myshopify.com/admin/api/2025-10/products.json?limit=250&page_info=cGFnZTI>; rel=\"next\"",
                }))
            .On("POST", "inventory_levels/set.json", Recorded.Text("rest-admin/inventory_level.json"));
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task Each_known_sku_is_set_absolutely_at_the_location_and_unknown_skus_are_reported()
    {
        var result = await _api.Connector.PushStockLevelsAsync(_api.Store,
            [new StockLevelPush("IPOD2008GREEN", 5), new StockLevelPush("NO-SUCH-SKU", 3), new StockLevelPush("IPOD2009BLACK", 0),
             new StockLevelPush("IPOD2008PINK", 7)],
            CancellationToken.None);

        Assert.Equal(3, result.Updated);
        Assert.Equal(["NO-SUCH-SKU"], result.UnknownSkus);
        var catalogue = _api.Sent("GET", "products.json");
        Assert.Equal(["?fields=id,variants&limit=250", "?limit=250&page_info=cGFnZTI"], catalogue.Select(r => r.Query));
        var sets = _api.Sent("POST", "inventory_levels/set.json");
        Assert.All(sets, r => Assert.Equal(ShopifyApi.Token, r.Header("X-Shopify-Access-Token")));
        Assert.Equal(
            [
                """{"location_id":905684977,"inventory_item_id":39072856,"available":5}""",
                """{"location_id":905684977,"inventory_item_id":808950810,"available":0}""",
                """{"location_id":905684977,"inventory_item_id":9223372036854775806,"available":7}""",
            ],
            sets.Select(r => JsonNode.Parse(r.BodyText)!.ToJsonString()));
    }

    [Fact]
    public async Task The_catalogue_is_read_once_for_a_few_minutes_then_again()
    {
        await _api.Connector.PushStockLevelsAsync(_api.Store, [new StockLevelPush("IPOD2008GREEN", 5)], CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(4));
        await _api.Connector.PushStockLevelsAsync(_api.Store, [new StockLevelPush("IPOD2008GREEN", 4)], CancellationToken.None);
        Assert.Equal(2, _api.Sent("GET", "products.json").Count);

        _clock.Advance(TimeSpan.FromMinutes(2));
        await _api.Connector.PushStockLevelsAsync(_api.Store, [new StockLevelPush("IPOD2008GREEN", 3)], CancellationToken.None);

        Assert.Equal(4, _api.Sent("GET", "products.json").Count);
        Assert.Equal(3, _api.Sent("POST", "inventory_levels/set.json").Count);
    }

    [Fact]
    public async Task A_sku_pushed_twice_in_one_batch_is_set_once_to_its_last_level()
    {
        var result = await _api.Connector.PushStockLevelsAsync(_api.Store,
            [new StockLevelPush("IPOD2008GREEN", 5), new StockLevelPush("IPOD2008GREEN", 2)], CancellationToken.None);

        Assert.Equal(1, result.Updated);
        Assert.Contains("\"available\":2", Assert.Single(_api.Sent("POST", "inventory_levels/set.json")).BodyText);
    }

    [Fact]
    public async Task A_level_shopify_refuses_does_not_stop_the_others_and_is_reported_after_them()
    {
        _api.On("POST", "inventory_levels/set.json", request => request.BodyText.Contains("39072856")
            ? CannedResponse.Json("""{"errors":["Inventory item does not have inventory tracking enabled"]}""", 422)
            : CannedResponse.Json(Recorded.Text("rest-admin/inventory_level.json")));

        var error = await Assert.ThrowsAsync<StorefrontException>(() => _api.Connector.PushStockLevelsAsync(_api.Store,
            [new StockLevelPush("IPOD2008GREEN", 5), new StockLevelPush("IPOD2009BLACK", 1)], CancellationToken.None));

        Assert.Equal(StorefrontErrorKind.Rejected, error.Kind);
        Assert.Contains("IPOD2008GREEN", error.Message);
        Assert.Contains("inventory tracking enabled", error.Message);
        Assert.Contains("1 set", error.Message);
        Assert.Equal(2, _api.Sent("POST", "inventory_levels/set.json").Count);
    }

    [Fact]
    public async Task An_empty_batch_calls_nothing()
    {
        Assert.Equal(0, (await _api.Connector.PushStockLevelsAsync(_api.Store, [], CancellationToken.None)).Updated);

        Assert.Empty(_api.Server.Requests);
    }

    [Fact]
    public async Task A_store_without_a_location_is_a_configuration_error_before_any_call()
    {
        var error = await Assert.ThrowsAsync<StorefrontException>(() => _api.Connector.PushStockLevelsAsync(
            _api.StoreWith(("LocationId", null)), [new StockLevelPush("IPOD2008GREEN", 5)], CancellationToken.None));

        Assert.Equal(StorefrontErrorKind.Configuration, error.Kind);
        Assert.Contains("LocationId", error.Message);
        Assert.Empty(_api.Server.Requests);
    }
}
