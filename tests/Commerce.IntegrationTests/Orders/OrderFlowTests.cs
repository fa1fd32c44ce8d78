using System.Net;
using System.Text.Json.Nodes;
using Commerce.IntegrationTests.Infrastructure;
using Commerce.Kernel.Security;

namespace Commerce.IntegrationTests.Orders;

/// <summary>An order arrives over the API, Orders records it, Inventory reserves stock, the order's status follows.</summary>
public abstract class OrderFlowTests(AppFixture fixture) : ApiTest(fixture)
{

    [Fact]
    public async Task An_order_with_stock_on_hand_becomes_allocated_and_its_units_reserved()
    {
        var sku = await Given.Sku();
        var warehouse = await Given.Warehouse();
        await Given.Receive(sku, warehouse, 10);

        var placed = await Given.PlaceOrder(Api.Unique("A"), (sku, 3));
        Assert.Equal("Placed", (string?)placed["status"]);
        var order = await Given.OrderInStatus((string)placed["id"]!, "Allocated");

        Assert.Equal("Allocated", (string?)order["status"]);
        Assert.Equal(3, (int)order["lines"]![0]!["allocated"]!);
        var stock = (await Given.StockBySku(sku)).Single()!;
        Assert.Equal(10, (int)stock["onHand"]!);
        Assert.Equal(3, (int)stock["reserved"]!);
        Assert.Equal(7, (int)stock["available"]!);
    }

    [Fact]
    public async Task An_order_for_more_than_is_available_is_partially_allocated_and_the_rest_backordered()
    {
        var (inStock, outOfStock) = (await Given.Sku(), await Given.Sku());
        var warehouse = await Given.Warehouse();
        await Given.Receive(inStock, warehouse, 2);

        var placed = await Given.PlaceOrder(Api.Unique("P"), (inStock, 5), (outOfStock, 1));
        var order = await Given.OrderInStatus((string)placed["id"]!, "PartiallyAllocated");

        Assert.Equal("PartiallyAllocated", (string?)order["status"]);
        Assert.Equal(2, (int)order["lines"]![0]!["allocated"]!);
        Assert.Equal(3, (int)order["lines"]![0]!["backordered"]!);
        Assert.Equal(1, (int)order["lines"]![1]!["backordered"]!);
    }

    [Fact]
    public async Task Received_stock_fills_backorders_oldest_order_first()
    {
        var sku = await Given.Sku();
        var warehouse = await Given.Warehouse();
        var first = (string)(await Given.PlaceOrder(Api.Unique("O1"), (sku, 2)))["id"]!;
        await Given.OrderInStatus(first, "Backordered");
        var second = (string)(await Given.PlaceOrder(Api.Unique("O2"), (sku, 2)))["id"]!;
        await Given.OrderInStatus(second, "Backordered");

        await Given.Receive(sku, warehouse, 3);

        Assert.Equal("Allocated", (string?)(await Given.OrderInStatus(first, "Allocated"))["status"]);
        Assert.Equal("PartiallyAllocated", (string?)(await Given.OrderInStatus(second, "PartiallyAllocated"))["status"]);
        Assert.Equal(0, (int)(await Given.StockBySku(sku)).Single()!["available"]!);
    }

    [Fact]
    public async Task Cancelling_an_order_releases_its_stock_to_the_waiting_backorder()
    {
        var sku = await Given.Sku();
        var warehouse = await Given.Warehouse();
        await Given.Receive(sku, warehouse, 4);
        var holder = (string)(await Given.PlaceOrder(Api.Unique("H"), (sku, 4)))["id"]!;
        await Given.OrderInStatus(holder, "Allocated");
        var waiting = (string)(await Given.PlaceOrder(Api.Unique("W"), (sku, 3)))["id"]!;
        await Given.OrderInStatus(waiting, "Backordered");

        var cancelled = await Client.PostJson($"/api/orders/{holder}/cancel", new { reason = "customer changed mind" })
            .ExpectJson(HttpStatusCode.OK);

        Assert.Equal("Cancelled", (string?)cancelled["status"]);
        Assert.Equal("Allocated", (string?)(await Given.OrderInStatus(waiting, "Allocated"))["status"]);
        var stock = (await Given.StockBySku(sku)).Single()!;
        Assert.Equal(3, (int)stock["reserved"]!);
        var again = await Client.PostJson($"/api/orders/{holder}/cancel", new { }).ExpectJson(HttpStatusCode.OK);
        Assert.Equal(["Placed", "Allocated", "Cancelled"], again["history"]!.AsArray().Select(h => (string)h!["to"]!).ToArray());
    }

    [Fact]
    public async Task Every_status_change_is_kept_with_its_time_and_actor()
    {
        var sku = await Given.Sku();
        var warehouse = await Given.Warehouse();
        await Given.Receive(sku, warehouse, 1);
        var id = (string)(await Given.PlaceOrder(Api.Unique("S"), (sku, 1)))["id"]!;
        await Given.OrderInStatus(id, "Allocated");
        await Client.PostJson($"/api/orders/{id}/cancel", new { reason = "fraud check failed" }).ExpectJson(HttpStatusCode.OK);

        var history = (await Given.GetOrder(id))["history"]!.AsArray();

        Assert.Equal(["Placed", "Allocated", "Cancelled"], history.Select(h => (string)h!["to"]!).ToArray());
        Assert.Equal("api-key:test-admin", (string?)history[0]!["actor"]);
        Assert.Equal("inventory", (string?)history[1]!["actor"]);
        Assert.Equal("fraud check failed", (string?)history[2]!["reason"]);
        Assert.All(history, h => Assert.True(DateTimeOffset.Parse((string)h!["at"]!) > DateTimeOffset.UtcNow.AddMinutes(-5)));
        var audit = await Client.GetAsync($"/api/orders/audit?entity=Order&entityId={id}").ExpectJson(HttpStatusCode.OK);
        Assert.True((int)audit["total"]! >= 3);
    }

    [Fact]
    public async Task An_orders_audit_entry_carries_the_changes_of_its_lines()
    {
        var (first, second) = (await Given.Sku(), await Given.Sku());
        var warehouse = await Given.Warehouse();
        await Given.Receive(first, warehouse, 5);
        await Given.Receive(second, warehouse, 5);
        var id = (string)(await Given.PlaceOrder(Api.Unique("A"), (first, 2), (second, 3)))["id"]!;
        await Given.OrderInStatus(id, "Allocated");

        var audit = await Client.GetAsync($"/api/orders/audit?entity=Order&entityId={id}").ExpectJson(HttpStatusCode.OK);
        var entries = audit["items"]!.AsArray().Reverse().ToList();

        Assert.Equal(["Added", "Modified"], entries.Select(e => (string)e!["change"]!).ToArray());
        var placed = JsonNode.Parse((string)entries[0]!["changes"]!)!;
        Assert.Equal("Placed", (string?)placed["Status"]![1]);
        Assert.Equal(first, (string?)placed["OrderLine 1"]!["Sku"]![1]);
        Assert.Equal(3, (int)placed["OrderLine 2"]!["Quantity"]![1]!);
        Assert.Equal("api-key:test-admin", (string?)entries[0]!["actor"]);
        var allocated = JsonNode.Parse((string)entries[1]!["changes"]!)!;
        Assert.Equal(["Placed", "Allocated"], allocated["Status"]!.AsArray().Select(s => (string)s!).ToArray());
        Assert.Equal([0, 2], allocated["OrderLine 1"]!["Allocated"]!.AsArray().Select(n => (int)n!).ToArray());
        Assert.Equal([0, 3], allocated["OrderLine 2"]!["Allocated"]!.AsArray().Select(n => (int)n!).ToArray());
        Assert.Equal("system", (string?)entries[1]!["actor"]);
        var lines = await Client.GetAsync($"/api/orders/audit?entity=OrderLine").ExpectJson(HttpStatusCode.OK);
        Assert.Equal(0, (int)lines["total"]!);
    }

    [Fact]
    public async Task Orders_posted_together_by_different_callers_are_each_stored_once_with_their_own_actor()
    {
        var sku = await Given.Sku();
        var warehouse = await Given.Warehouse();
        await Given.Receive(sku, warehouse, 100);
        var integration = App.ClientWithRole(Roles.Integration);
        var posts = Enumerable.Range(0, 40).Select(i =>
        {
            var client = i % 2 == 0 ? Client : integration;
            // Every fourth order is posted twice at once: one of the two is stored, the other answered with it.
            var body = Scenario.Order(Api.Unique($"G{i}"), (sku, 1));
            return (Client: client, Bodies: i % 4 == 0 ? new[] { body, body } : [body]);
        }).ToList();

        var responses = await Task.WhenAll(posts.Select(async p =>
            await Task.WhenAll(p.Bodies.Select(b => p.Client.PostJson("/api/orders", b)))));

        for (var i = 0; i < posts.Count; i++)
        {
            var answers = responses[i];
            Assert.Equal(1, answers.Count(r => r.StatusCode == HttpStatusCode.Created));
            Assert.All(answers, r => Assert.True(r.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, $"got {r.StatusCode}"));
            var ids = await Task.WhenAll(answers.Select(async r => (string)(await r.ReadJson())["id"]!));
            Assert.Single(ids.Distinct());
            var order = await Given.OrderInStatus(ids[0], "Allocated");
            var expectedActor = i % 2 == 0 ? "api-key:test-admin" : "api-key:test-integration";
            Assert.Equal(expectedActor, (string?)order["history"]![0]!["actor"]);
            var audit = await Client.GetAsync($"/api/orders/audit?entity=Order&entityId={ids[0]}").ExpectJson(HttpStatusCode.OK);
            Assert.Equal(expectedActor, (string?)audit["items"]!.AsArray().Single(e => (string?)e!["change"] == "Added")!["actor"]);
        }

        Assert.Equal(40, (int)(await Given.StockBySku(sku)).Single()!["reserved"]!);
    }

    [Fact]
    public async Task The_same_order_posted_again_even_concurrently_is_stored_once()
    {
        var sku = await Given.Sku();
        var externalId = Api.Unique("DUP");
        var body = Scenario.Order(externalId, (sku, 1));

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Client.PostJson("/api/orders", body)));
        var again = await Client.PostJson("/api/orders", body);

        var statuses = responses.Append(again).Select(r => r.StatusCode).ToList();
        Assert.All(statuses, s => Assert.True(s is HttpStatusCode.Created or HttpStatusCode.OK, $"got {s}"));
        Assert.Equal(1, statuses.Count(s => s == HttpStatusCode.Created));
        var ids = await Task.WhenAll(responses.Append(again).Select(async r => (string)(await r.ReadJson())["id"]!));
        Assert.Single(ids.Distinct());
        var list = await Client.GetAsync($"/api/orders?channel=api&customerEmail=ada@example.com&pageSize=500")
            .ExpectJson(HttpStatusCode.OK);
        Assert.Single(list["items"]!.AsArray(), o => (string?)o!["externalId"] == externalId);
    }

    [Fact]
    public async Task Orders_are_listed_newest_first_with_filters_and_paging()
    {
        var sku = await Given.Sku();
        var channel = Api.Unique("ch");
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        for (var i = 0; i < 3; i++)
        {
            await Client.PostJson("/api/orders", WithChannel(Scenario.Order(Api.Unique("L"), (sku, 1)), channel))
                .ExpectJson(HttpStatusCode.Created);
        }

        var page1 = await Client.GetAsync($"/api/orders?channel={channel}&pageSize=2&from={Uri.EscapeDataString(before.ToString("O"))}")
            .ExpectJson(HttpStatusCode.OK);
        var page2 = await Client.GetAsync($"/api/orders?channel={channel}&pageSize=2&page=2").ExpectJson(HttpStatusCode.OK);
        var none = await Client.GetAsync($"/api/orders?channel={channel}&status=Cancelled").ExpectJson(HttpStatusCode.OK);

        Assert.Equal(3, (int)page1["total"]!);
        Assert.Equal(2, page1["items"]!.AsArray().Count);
        Assert.Single(page2["items"]!.AsArray());
        var times = page1["items"]!.AsArray().Select(o => DateTimeOffset.Parse((string)o!["placedAt"]!)).ToList();
        Assert.True(times[0] >= times[1]);
        Assert.Equal(0, (int)none["total"]!);
    }

    [Fact]
    public async Task Available_to_sell_is_published_per_channel_less_its_buffer_only_when_it_changes()
    {
        var sku = await Given.Sku();
        var (reno, albany) = (await Given.Warehouse(), await Given.Warehouse());
        await Given.Receive(sku, reno, 5);
        await Given.Receive(sku, albany, 3);
        await Given.OrderInStatus((string)(await Given.PlaceOrder(Api.Unique("T"), (sku, 1)))["id"]!, "Allocated");

        var first = await Client.PostJson($"/api/inventory/available-to-sell/publish?sku={sku}", new { }).ExpectJson(HttpStatusCode.OK);

        var byChannel = first.AsArray().ToDictionary(a => (string)a!["channel"]!, a => ((int)a!["quantity"]!, (string)a["publishedAt"]!));
        Assert.Equal(7, byChannel["api"].Item1);
        Assert.Equal(5, byChannel["shopify"].Item1);
        var again = await Client.PostJson($"/api/inventory/available-to-sell/publish?sku={sku}", new { }).ExpectJson(HttpStatusCode.OK);
        Assert.Equal(byChannel["api"].Item2, (string?)again.AsArray().Single(a => (string?)a!["channel"] == "api")!["publishedAt"]);

        await Given.Receive(sku, albany, 1);
        var changed = await Client.PostJson($"/api/inventory/available-to-sell/publish?sku={sku}", new { }).ExpectJson(HttpStatusCode.OK);
        Assert.Equal(6, (int)changed.AsArray().Single(a => (string?)a!["channel"] == "shopify")!["quantity"]!);
    }

    [Fact]
    public async Task A_3pl_stock_snapshot_reconciles_the_mirror_through_the_ledger_and_keeps_the_differences()
    {
        var (counted, matching, leftOut, notHeld) = (await Given.Sku(), await Given.Sku(), await Given.Sku(), await Given.Sku());
        var threePl = await Given.Warehouse();
        await Given.Receive(counted, threePl, 10);
        await Given.Receive(matching, threePl, 5);
        await Given.Receive(leftOut, threePl, 4);
        var order = (string)(await Given.PlaceOrder(Api.Unique("R"), (counted, 7)))["id"]!;
        await Given.OrderInStatus(order, "Allocated");
        var bridge = App.ClientWithRole(Commerce.Kernel.Security.Roles.Integration);

        await bridge.PostJson($"/api/inventory/locations/{threePl}/stock-snapshots", new { items = new[] { new { sku = "NOPE", onHand = 1 } } })
            .ExpectJson(HttpStatusCode.BadRequest);
        await bridge.PostJson($"/api/inventory/locations/{threePl}/stock-snapshots", new { items = new[] { new { sku = counted, onHand = -1 } } })
            .ExpectJson(HttpStatusCode.BadRequest);
        var snapshot = await bridge.PostJson($"/api/inventory/locations/{threePl}/stock-snapshots", new
        {
            items = new object[] { new { sku = counted, onHand = 6 }, new { sku = matching, onHand = 5 }, new { sku = notHeld, onHand = 3 } },
        }).ExpectJson(HttpStatusCode.OK);

        var differences = snapshot["differences"]!.AsArray().ToDictionary(d => (string)d!["sku"]!, d => d!);
        Assert.Equal(3, differences.Count);
        // 7 units are reserved for an order: on hand can only come down to 7 of the reported 6; the rest is recorded.
        Assert.Equal((10, 6, -3), ((int)differences[counted]["ours"]!, (int)differences[counted]["theirs"]!, (int)differences[counted]["adjusted"]!));
        Assert.Equal((4, 0, -4), ((int)differences[leftOut]["ours"]!, (int)differences[leftOut]["theirs"]!, (int)differences[leftOut]["adjusted"]!));
        Assert.Equal(3, (int)differences[notHeld]["adjusted"]!);
        Assert.Equal(7, (int)(await Given.StockBySku(counted)).Single()!["onHand"]!);
        Assert.Equal(3, (int)(await Given.StockBySku(notHeld)).Single()!["onHand"]!);
        Assert.Contains(await Given.Ledger(leftOut), m => ((string?)m!["reason"])?.StartsWith("snapshot", StringComparison.Ordinal) == true);
        var history = await Client.GetAsync($"/api/inventory/locations/{threePl}/stock-snapshots").ExpectJson(HttpStatusCode.OK);
        Assert.Single(history.AsArray());
        // A report taken before the one applied would roll the mirror back: refused.
        await bridge.PostJson($"/api/inventory/locations/{threePl}/stock-snapshots",
                new { takenAt = DateTimeOffset.UtcNow.AddHours(-1), items = new[] { new { sku = matching, onHand = 50 } } })
            .ExpectJson(HttpStatusCode.Conflict);
        Assert.Equal(5, (int)(await Given.StockBySku(matching)).Single()!["onHand"]!);
    }

    private static JsonNode WithChannel(object order, string channel)
    {
        var node = System.Text.Json.JsonSerializer.SerializeToNode(order, Api.Json)!;
        node["channel"] = channel;
        return node;
    }
}

[Collection(SqliteCollection.Name)]
public sealed class OrderFlowOnSqlite(SqliteApp fixture) : OrderFlowTests(fixture);

[Collection(PostgresCollection.Name)]
public sealed class OrderFlowOnPostgres(PostgresApp fixture) : OrderFlowTests(fixture);
