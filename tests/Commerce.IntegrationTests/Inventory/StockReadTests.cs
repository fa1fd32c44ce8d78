using System.Net;
using System.Text.Json.Nodes;
using Commerce.IntegrationTests.Infrastructure;

namespace Commerce.IntegrationTests.Inventory;

/// <summary>Stock read by SKU (every location) and by location (every SKU): on hand, reserved and available.</summary>
public abstract class StockReadTests(AppFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task Stock_is_read_by_location_with_every_sku_there_and_by_sku_with_every_location()
    {
        var (mug, tee) = (await Given.Sku(), await Given.Sku());
        var (reno, albany) = (await Given.Warehouse(), await Given.Warehouse());
        await Given.Receive(mug, reno, 7);
        await Given.Receive(tee, reno, 3);
        await Given.Receive(mug, albany, 2);
        var order = (string)(await Given.PlaceOrder(Api.Unique("S"), (tee, 2)))["id"]!;
        await Given.OrderInStatus(order, "Allocated");

        var atReno = await Client.GetAsync($"/api/inventory/stock/by-location/{reno}").ExpectJson(HttpStatusCode.OK);
        Assert.Equal(new[] { (mug, 7, 0, 7), (tee, 3, 2, 1) }.OrderBy(s => s.Item1, StringComparer.Ordinal), Figures(atReno));
        Assert.All(atReno.AsArray(), level => Assert.Equal(reno, (string?)level!["location"]));

        var atAlbany = await Client.GetAsync($"/api/inventory/stock/by-location/{albany}").ExpectJson(HttpStatusCode.OK);
        Assert.Equal([(mug, 2, 0, 2)], Figures(atAlbany));

        var mugs = await Given.StockBySku(mug);
        Assert.Equal(new[] { reno, albany }.Order(StringComparer.Ordinal), mugs.Select(l => (string)l!["location"]!));
        Assert.Equal(9, mugs.Sum(l => (int)l!["onHand"]!));
    }

    [Fact]
    public async Task Stock_of_an_unknown_location_is_a_404_problem()
    {
        var response = await Client.GetAsync("/api/inventory/stock/by-location/NOWHERE");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private static IEnumerable<(string Sku, int OnHand, int Reserved, int Available)> Figures(JsonNode levels) =>
        levels.AsArray().Select(l => ((string)l!["sku"]!, (int)l["onHand"]!, (int)l["reserved"]!, (int)l["available"]!));
}

[Collection(SqliteCollection.Name)]
public sealed class StockReadOnSqlite(SqliteApp fixture) : StockReadTests(fixture);

[Collection(PostgresCollection.Name)]
public sealed class StockReadOnPostgres(PostgresApp fixture) : StockReadTests(fixture);
