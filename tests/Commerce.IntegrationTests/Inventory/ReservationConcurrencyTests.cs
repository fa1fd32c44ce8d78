using System.Net;
using Commerce.IntegrationTests.Infrastructure;
using Commerce.Kernel.Security;

namespace Commerce.IntegrationTests.Inventory;

/// <summary>Reservation is atomic: many orders racing for the same few units never oversell.</summary>
public abstract class ReservationConcurrencyTests(AppFixture fixture) : ApiTest(fixture)
{

    [Fact]
    public async Task Fifty_concurrent_orders_for_ten_units_reserve_exactly_ten_and_backorder_the_rest()
    {
        var sku = await Given.Sku();
        var (east, west) = (await Given.Warehouse(), await Given.Warehouse());
        await Given.Receive(sku, east, 6);
        await Given.Receive(sku, west, 4);

        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(i =>
            Client.PostJson("/api/orders", Scenario.Order(Api.Unique($"C{i}"), (sku, 1)))));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var ids = await Task.WhenAll(responses.Select(async r => (string)(await r.ReadJson())["id"]!));

        var orders = await Task.WhenAll(ids.Select(id => Given.OrderWhen(id, o => (string?)o["status"] != "Placed")));
        Assert.Equal(10, orders.Count(o => (string?)o["status"] == "Allocated"));
        Assert.Equal(40, orders.Count(o => (string?)o["status"] == "Backordered"));

        var stock = await Given.StockBySku(sku);
        Assert.Equal(10, stock.Sum(s => (int)s!["reserved"]!));
        Assert.All(stock, s => Assert.Equal((int)s!["onHand"]!, (int)s["reserved"]!));
        await LedgerMatchesStock(sku);
    }

    [Fact]
    public async Task Ledger_sums_equal_stock_after_receipts_adjustments_reservations_and_releases()
    {
        var sku = await Given.Sku();
        var warehouse = await Given.Warehouse();
        await Given.Receive(sku, warehouse, 8);
        await Client.PostJson("/api/inventory/adjustments", new { sku, location = warehouse, delta = -1, reason = "damaged in storage" })
            .ExpectJson(HttpStatusCode.OK);
        var id = (string)(await Given.PlaceOrder(Api.Unique("L"), (sku, 5)))["id"]!;
        await Given.OrderInStatus(id, "Allocated");
        await Client.PostJson($"/api/orders/{id}/cancel", new { }).ExpectJson(HttpStatusCode.OK);
        await Api.Eventually(() => Given.StockBySku(sku), s => (int)s.Single()!["reserved"]! == 0);

        var ledger = await Given.Ledger(sku);
        Assert.Equal(["Receipt", "Adjustment", "Reservation", "Release"],
            ledger.Reverse().Select(m => (string)m!["kind"]!).ToArray());
        Assert.Equal("damaged in storage", (string?)ledger.Single(m => (string?)m!["kind"] == "Adjustment")!["reason"]);
        await LedgerMatchesStock(sku);
    }

    [Fact]
    public async Task Stock_cannot_be_adjusted_below_what_is_reserved()
    {
        var sku = await Given.Sku();
        var warehouse = await Given.Warehouse();
        await Given.Receive(sku, warehouse, 5);
        var id = (string)(await Given.PlaceOrder(Api.Unique("R"), (sku, 4)))["id"]!;
        await Given.OrderInStatus(id, "Allocated");

        var problem = await Client.PostJson("/api/inventory/adjustments", new { sku, location = warehouse, delta = -2, reason = "count" })
            .ExpectJson(HttpStatusCode.Conflict);

        Assert.Contains("reserved", (string?)problem["title"]);
        Assert.Equal(5, (int)(await Given.StockBySku(sku)).Single()!["onHand"]!);
        await LedgerMatchesStock(sku);
    }

    private async Task LedgerMatchesStock(string sku)
    {
        var ledger = await Given.Ledger(sku);
        foreach (var level in await Given.StockBySku(sku))
        {
            var location = (string)level!["location"]!;
            var movements = ledger.Where(m => (string?)m!["location"] == location).ToList();
            Assert.Equal((int)level["onHand"]!, movements.Sum(m => (int)m!["onHandDelta"]!));
            Assert.Equal((int)level["reserved"]!, movements.Sum(m => (int)m!["reservedDelta"]!));
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ReservationConcurrencyOnSqlite(SqliteApp fixture) : ReservationConcurrencyTests(fixture);

[Collection(PostgresCollection.Name)]
public sealed class ReservationConcurrencyOnPostgres(PostgresApp fixture) : ReservationConcurrencyTests(fixture);
