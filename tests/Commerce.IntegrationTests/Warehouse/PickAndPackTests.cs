using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Commerce.IntegrationTests.Infrastructure;

namespace Commerce.IntegrationTests.Warehouse;

/// <summary>Orders placed through the API are released by each strategy, picked with scans and packed into boxes.</summary>
public abstract class PickAndPackTests(AppFixture fixture) : ApiTest(fixture)
{
    private async Task<(Floor Floor, string Sku1, string Sku2)> FloorWithTwoSkus()
    {
        var floor = await new Floor(Client, Given).Build();
        var (sku1, sku2) = (await Given.Sku(), await Given.Sku());
        await floor.Stock(sku1, "A2-10", 10);
        await floor.Stock(sku2, "B4-19", 10);
        await floor.StockCounted(sku1, 10);
        await floor.StockCounted(sku2, 10);
        return (floor, sku1, sku2);
    }

    private async Task<string> AllocatedOrder(params (string Sku, int Quantity)[] lines)
    {
        var id = (string)(await Given.PlaceOrder(Api.Unique("W"), lines))["id"]!;
        await Given.OrderInStatus(id, "Allocated");
        return id;
    }

    [Fact]
    public async Task A_single_order_is_released_picked_with_scans_and_packed_into_the_suggested_box()
    {
        var (floor, sku1, sku2) = await FloorWithTwoSkus();
        var orderId = await AllocatedOrder((sku1, 2), (sku2, 1));
        await floor.ReadyWith(orderId);

        var released = await floor.Released(new { strategy = "singleOrder", orderIds = new[] { orderId } });
        var list = released["pickLists"]!.AsArray().Single()!;
        Assert.Equal("SingleOrder", (string?)list["strategy"]);
        Assert.Equal("Optimal", (string?)list["routeMethod"]);
        // Depot at (0,0): up aisle 2 to 10 m and back is not shorter than the loop through aisle 4 at 19 m:
        // 3 + 20 + 6 + 20 + 9 = 58 m (front → aisle 2 → back → aisle 4 → front → depot).
        Assert.Equal(58, (double)list["routeLength"]!, 3);
        var lines = list["lines"]!.AsArray();
        Assert.Equal([1, 2], lines.Select(l => (int)l!["sequence"]!));
        Assert.Equal(["A2-10", "B4-19"], lines.Select(l => (string)l!["bin"]!));
        Assert.DoesNotContain(await floor.Ready(), o => (string?)o!["orderId"] == orderId);

        var first = lines[0]!;
        var wrongBin = await floor.Scan(list, first, "BINB4-19", Scenario.BarcodeOf(sku1)).ExpectJson(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("A2-10", (string)wrongBin["detail"]!);
        var wrongItem = await floor.Scan(list, first, "BINA2-10", Scenario.BarcodeOf(sku2)).ExpectJson(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("Wrong item.", (string?)wrongItem["title"]);
        await floor.Scan(list, first, "BINA2-10", Scenario.BarcodeOf(sku1), 3).ExpectJson(HttpStatusCode.UnprocessableEntity);
        var untouched = await floor.PickList((string)list["id"]!);
        Assert.Equal("Open", (string?)untouched["status"]);
        Assert.All(untouched["lines"]!.AsArray(), l => Assert.Equal(0, (int)l!["picked"]!));
        var notReady = await floor.Packing(orderId);
        Assert.False((bool)notReady["readyToPack"]!);

        await floor.Scan(list, first, "BINA2-10", Scenario.BarcodeOf(sku1)).ExpectJson(HttpStatusCode.OK);
        var picked = await floor.PickAll(await floor.PickList((string)list["id"]!), Scenario.BarcodeOf);
        Assert.Equal("Completed", (string?)picked["status"]);
        Assert.Equal(8, Floor.Sum(await floor.BinStock(sku1), "quantity"));

        var packing = await floor.Packing(orderId);
        Assert.True((bool)packing["readyToPack"]!, (string?)packing["notReadyBecause"]);
        var suggested = packing["suggestion"]!.AsArray().Single()!;
        // Three units of 7.9 × 5.9 × 2 in stack in the 10 × 8 × 4 carton only two high: the 14 × 12 × 8 one holds all three.
        Assert.Equal("M", (string?)suggested["box"]);
        var package = await Client.PostJson(floor.PackingUrl(orderId) + "/packages", new { box = "M" }).ExpectJson(HttpStatusCode.Created);
        var scanUrl = $"{floor.PackingUrl(orderId)}/packages/{package["id"]}/scans";
        await Client.PostJson(scanUrl, new { item = "NOT-IN-ORDER" }).ExpectJson(HttpStatusCode.UnprocessableEntity);
        await Client.PostJson(scanUrl, new { item = Scenario.BarcodeOf(sku1), quantity = 2 }).ExpectJson(HttpStatusCode.OK);
        await Client.PostJson(floor.PackingUrl(orderId) + "/complete", new { }).ExpectJson(HttpStatusCode.Conflict);
        await Client.PostJson(scanUrl, new { item = Scenario.BarcodeOf(sku1) }).ExpectJson(HttpStatusCode.UnprocessableEntity);
        await Client.PostJson(scanUrl, new { item = Scenario.BarcodeOf(sku2) }).ExpectJson(HttpStatusCode.OK);

        var done = await Client.PostJson(floor.PackingUrl(orderId) + "/complete", new { }).ExpectJson(HttpStatusCode.OK);
        Assert.True((bool)done["packed"]!);
        var sealedPackage = done["packages"]!.AsArray().Single()!;
        Assert.True((bool)sealedPackage["sealed"]!);
        // 14 × 12 × 8 = 1,344 in³ ÷ 139 = 9.67 → 10 lb dimensional, more than the 0.3 + 3 × 0.88 lb on the scale.
        Assert.Equal(10m, (decimal)sealedPackage["billableWeightLb"]!);
        var slip = await Client.GetAsync($"/api/warehouse/packages/{sealedPackage["id"]}/slip");
        Assert.Equal(HttpStatusCode.OK, slip.StatusCode);
        Assert.Equal("text/html", slip.Content.Headers.ContentType!.MediaType);
        var html = await slip.Content.ReadAsStringAsync();
        Assert.Contains("12 Analytical St", html);
        Assert.Contains(sku1, html);
    }

    [Fact]
    public async Task A_batch_puts_several_orders_on_one_trip_with_a_tote_each_and_never_releases_an_order_twice()
    {
        var (floor, sku1, sku2) = await FloorWithTwoSkus();
        var orders = new[] { await AllocatedOrder((sku1, 1)), await AllocatedOrder((sku2, 1)), await AllocatedOrder((sku1, 1), (sku2, 1)) };
        await floor.ReadyWith(orders);

        var released = await floor.Released(new { strategy = "batch", orderIds = orders, ordersPerBatch = 6 });
        var list = released["pickLists"]!.AsArray().Single()!;
        var lines = list["lines"]!.AsArray();
        Assert.Equal(4, lines.Count);
        Assert.Equal(3, lines.Select(l => (int)l!["tote"]!).Distinct().Count());
        Assert.All(orders, id => Assert.Single(lines.Select(l => (string)l!["orderId"]!).Where(o => o == id).Select(_ => 1).Take(1)));

        var again = await floor.Released(new { strategy = "batch", orderIds = orders });
        Assert.Empty(again["pickLists"]!.AsArray());
        Assert.Equal(3, again["skipped"]!.AsArray().Count);
        Assert.All(again["skipped"]!.AsArray(), s => Assert.Contains("already on pick lists", (string)s!["reason"]!));

        await floor.PickAll(list, Scenario.BarcodeOf);
        foreach (var id in orders)
        {
            var packed = await floor.PackAsSuggested(id);
            Assert.Equal(packed["lines"]!.AsArray().Sum(l => (int)l!["picked"]!), packed["packages"]!.AsArray()
                .SelectMany(p => p!["items"]!.AsArray()).Sum(i => (int)i!["quantity"]!));
        }

        Assert.DoesNotContain(await floor.Ready(), o => orders.Contains((string?)o!["orderId"]));
    }

    [Fact]
    public async Task A_second_picker_cannot_confirm_lines_on_a_list_another_picker_has()
    {
        var (floor, sku1, _) = await FloorWithTwoSkus();
        var orderId = await AllocatedOrder((sku1, 2));
        await floor.ReadyWith(orderId);
        var list = (await floor.Released(new { strategy = "singleOrder" }))["pickLists"]!.AsArray().Single()!;
        var line = list["lines"]![0]!;
        await floor.Scan(list, line, "BINA2-10", Scenario.BarcodeOf(sku1)).ExpectJson(HttpStatusCode.OK);

        var otherPicker = App.ClientWithRole(Commerce.Kernel.Security.Roles.Warehouse);
        var refused = await otherPicker.PostJson($"/api/warehouse/pick-lists/{list["id"]}/lines/{line["id"]}/scans",
            new { bin = "BINA2-10", item = Scenario.BarcodeOf(sku1) }).ExpectJson(HttpStatusCode.Conflict);

        Assert.Contains("being picked by", (string)refused["detail"]!);
        Assert.Equal(1, (int)(await floor.PickList((string)list["id"]!))["lines"]![0]!["picked"]!);
    }

    [Fact]
    public async Task Concurrent_releases_of_the_same_orders_put_each_unit_on_one_list_only()
    {
        var (floor, sku1, _) = await FloorWithTwoSkus();
        var orders = new[] { await AllocatedOrder((sku1, 2)), await AllocatedOrder((sku1, 3)) };
        await floor.ReadyWith(orders);

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => floor.Release(new { strategy = "singleOrder", orderIds = orders })));

        foreach (var response in responses)
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Conflict, await response.Content.ReadAsStringAsync());
        var lists = await Client.GetAsync($"/api/warehouse/pick-lists?location={floor.Location}").ExpectJson(HttpStatusCode.OK);
        var lines = lists["items"]!.AsArray().SelectMany(l => l!["lines"]!.AsArray()).ToList();
        Assert.True(lines.Sum(l => (int)l!["quantity"]!) == 5, lists.ToJsonString());
        Assert.Equal(5, Floor.Sum(await floor.BinStock(sku1), "committed"));
    }

    [Fact]
    public async Task Zone_picking_gives_each_zone_its_own_list_and_the_order_meets_again_at_packing()
    {
        var (floor, sku1, sku2) = await FloorWithTwoSkus();
        var orderId = await AllocatedOrder((sku1, 1), (sku2, 2));
        await floor.ReadyWith(orderId);

        var released = await floor.Released(new { strategy = "zone" });
        var lists = released["pickLists"]!.AsArray();
        Assert.Equal(["A", "B"], lists.Select(l => (string)l!["zone"]!));
        await floor.PickAll(lists[0]!, Scenario.BarcodeOf);
        Assert.Equal("Some units are still to be picked.", (string?)(await floor.Packing(orderId))["notReadyBecause"]);
        await floor.PickAll(lists[1]!, Scenario.BarcodeOf);
        var packing = await floor.Packing(orderId);
        Assert.True((bool)packing["readyToPack"]!);
        Assert.Equal([1, 2], packing["lines"]!.AsArray().Select(l => (int)l!["picked"]!));
        await floor.PackAsSuggested(orderId);
    }

    [Fact]
    public async Task A_wave_releases_only_the_orders_its_cut_off_rule_takes()
    {
        var (floor, sku1, _) = await FloorWithTwoSkus();
        var expedited = (string)(await Client.PostJson("/api/orders", Scenario.Order(Api.Unique("X"), "expedited", (sku1, 1)))
            .ExpectJson(HttpStatusCode.Created))["id"]!;
        var standard = await AllocatedOrder((sku1, 1));
        await Given.OrderInStatus(expedited, "Allocated");
        await floor.ReadyWith(expedited, standard);

        var released = await floor.Released(new
        {
            strategy = "wave", wave = new { serviceLevels = new[] { "Expedited" }, placedBefore = DateTimeOffset.UtcNow.AddMinutes(1), pickBy = "batch" },
        });

        Assert.NotNull((string?)released["waveId"]);
        var list = released["pickLists"]!.AsArray().Single()!;
        Assert.Equal(expedited, (string?)list["lines"]![0]!["orderId"]);
        Assert.Contains((await floor.Ready()), o => (string?)o!["orderId"] == standard);
        await floor.PickAll(list, Scenario.BarcodeOf);
        await floor.PackAsSuggested(expedited);
    }

    [Fact]
    public async Task A_short_pick_is_recorded_and_the_missing_units_are_fetched_from_another_bin()
    {
        var floor = await new Floor(Client, Given).Build();
        var sku = await Given.Sku();
        await floor.Stock(sku, "A1-18", 5);
        await floor.Stock(sku, "B4-02", 3);
        await floor.StockCounted(sku, 8);
        var orderId = await AllocatedOrder((sku, 4));
        await floor.ReadyWith(orderId);
        var list = (await floor.Released(new { strategy = "singleOrder" }))["pickLists"]!.AsArray().Single()!;
        var line = list["lines"]![0]!;
        Assert.Equal("A1-18", (string?)line["bin"]);

        var afterShort = await Client.PostJson($"/api/warehouse/pick-lists/{list["id"]}/lines/{line["id"]}/short", new { bin = "BINA1-18", found = 1 })
            .ExpectJson(HttpStatusCode.OK);

        var lines = afterShort["lines"]!.AsArray();
        Assert.Equal("Short", (string?)lines.Single(l => (string?)l!["id"] == (string?)line["id"])!["status"]);
        var replacement = lines.Single(l => (string?)l!["status"] == "Open")!;
        Assert.Equal(("B4-02", 3), ((string)replacement["bin"]!, (int)replacement["quantity"]!));
        var tasks = await Client.GetAsync($"/api/warehouse/locations/{floor.Location}/count-tasks").ExpectJson(HttpStatusCode.OK);
        Assert.Equal("A1-18", (string?)tasks.AsArray().Single()!["bin"]);
        // Inventory writes the 3 missing units off the location; the order keeps its 4 units reserved there.
        var stock = await floor.StockCounted(sku, 5);
        Assert.Equal(4, (int)stock.Single()!["reserved"]!);
        Assert.Contains(await Given.Ledger(sku), m => ((string?)m!["reason"])?.StartsWith("short-pick", StringComparison.Ordinal) == true);

        await floor.PickAll(afterShort, Scenario.BarcodeOf);
        var packing = await floor.Packing(orderId);
        Assert.True((bool)packing["readyToPack"]!, (string?)packing["notReadyBecause"]);
        Assert.Equal(4, (int)packing["lines"]![0]!["picked"]!);

        // The bin was left recorded at 1 unit (5 - 1 picked - 3 missing); the blind count finds 2: both take 1 back.
        await Client.PostJson($"/api/warehouse/count-tasks/{tasks[0]!["id"]}/complete", new { bin = "BINB4-02", counted = 2 })
            .ExpectJson(HttpStatusCode.UnprocessableEntity);
        var counted = await Client.PostJson($"/api/warehouse/count-tasks/{tasks[0]!["id"]}/complete", new { bin = "BINA1-18", counted = 2 })
            .ExpectJson(HttpStatusCode.OK);
        Assert.Equal(2, (int)counted["counted"]!);
        await floor.StockCounted(sku, 6);
        Assert.Contains(await Given.Ledger(sku), m => (string?)m!["reason"] == "count: bin A1-18");
    }

    [Fact]
    public async Task A_short_pick_with_no_other_bin_backorders_the_line_instead_of_shipping_short()
    {
        var floor = await new Floor(Client, Given).Build();
        var sku = await Given.Sku();
        await floor.Stock(sku, "A1-05", 3);
        await floor.StockCounted(sku, 3);
        var orderId = await AllocatedOrder((sku, 3));
        await floor.ReadyWith(orderId);
        var list = (await floor.Released(new { strategy = "singleOrder" }))["pickLists"]!.AsArray().Single()!;
        var line = list["lines"]![0]!;

        await Client.PostJson($"/api/warehouse/pick-lists/{list["id"]}/lines/{line["id"]}/short", new { bin = "BINA1-05", found = 2 })
            .ExpectJson(HttpStatusCode.OK);

        var order = await Given.OrderInStatus(orderId, "PartiallyAllocated");
        Assert.Equal(1, (int)order["lines"]![0]!["backordered"]!);
        var packing = await Api.Eventually(() => floor.Packing(orderId),
            p => ((string?)p["notReadyBecause"])?.StartsWith("Not every unit", StringComparison.Ordinal) == true);
        Assert.False((bool)packing["readyToPack"]!);
        Assert.Contains("Not every unit", (string)packing["notReadyBecause"]!);
    }

    [Fact]
    public async Task Cancelling_a_released_order_takes_its_lines_off_the_list_and_puts_picked_units_back()
    {
        var (floor, sku1, sku2) = await FloorWithTwoSkus();
        var orderId = await AllocatedOrder((sku1, 2), (sku2, 1));
        await floor.ReadyWith(orderId);
        var list = (await floor.Released(new { strategy = "singleOrder" }))["pickLists"]!.AsArray().Single()!;
        await floor.Scan(list, list["lines"]![0]!, "BINA2-10", Scenario.BarcodeOf(sku1), 2).ExpectJson(HttpStatusCode.OK);

        await Client.PostJson($"/api/orders/{orderId}/cancel", new { reason = "customer changed mind" }).ExpectJson(HttpStatusCode.OK);

        var tasks = await Api.Eventually(
            async () => (await Client.GetAsync($"/api/warehouse/locations/{floor.Location}/put-away-tasks").ExpectJson(HttpStatusCode.OK)).AsArray(),
            t => t.Count > 0);
        var task = tasks.Single()!;
        Assert.Equal(("A2-10", 2), ((string)task["bin"]!, (int)task["quantity"]!));
        var after = await floor.PickList((string)list["id"]!);
        Assert.Equal("Completed", (string?)after["status"]);
        Assert.Equal(["Removed", "Removed"], after["lines"]!.AsArray().Select(l => (string)l!["status"]!));
        Assert.Equal(0, Floor.Sum(await floor.BinStock(sku2), "committed"));

        await Client.PostJson($"/api/warehouse/put-away-tasks/{task["id"]}/complete", new { bin = "BINB4-19" })
            .ExpectJson(HttpStatusCode.UnprocessableEntity);
        await Client.PostJson($"/api/warehouse/put-away-tasks/{task["id"]}/complete", new { bin = "BINA2-10" }).ExpectJson(HttpStatusCode.OK);
        Assert.Equal(10, Floor.Sum(await floor.BinStock(sku1), "quantity"));
    }

    [Fact]
    public async Task Cycle_counts_due_become_blind_count_tasks_whose_variances_adjust_stock_and_make_the_accuracy()
    {
        var floor = await new Floor(Client, Given).Build();
        var (exact, off) = (await Given.Sku(), await Given.Sku());
        await floor.Stock(exact, "A1-05", 6);
        await floor.Stock(off, "B3-15", 4);
        await floor.StockCounted(exact, 6);
        await floor.StockCounted(off, 4);

        var scheduled = await Client.PostJson("/api/inventory/cycle-counts/schedule", new { }).ExpectJson(HttpStatusCode.OK);

        Assert.Equal(2, (int)scheduled["requested"]!);
        var tasks = await Api.Eventually(
            async () => (await Client.GetAsync($"/api/warehouse/locations/{floor.Location}/count-tasks?open=true").ExpectJson(HttpStatusCode.OK)).AsArray(),
            t => t.Count == 2);
        Assert.All(tasks, t => Assert.StartsWith("Cycle count, class C", (string)t!["reason"]!));
        var taskFor = tasks.ToDictionary(t => (string)t!["sku"]!, t => (string)t!["id"]!);
        await Client.PostJson($"/api/warehouse/count-tasks/{taskFor[exact]}/complete", new { bin = "BINA1-05", counted = 6 }).ExpectJson(HttpStatusCode.OK);
        await Client.PostJson($"/api/warehouse/count-tasks/{taskFor[off]}/complete", new { bin = "BINB3-15", counted = 3 }).ExpectJson(HttpStatusCode.OK);

        var accuracy = await Api.Eventually(
            () => Client.GetAsync($"/api/inventory/count-accuracy/{floor.Location}").ExpectJson(HttpStatusCode.OK),
            a => (int)a["counts"]! == 2);
        Assert.Equal((2, 1, 50m), ((int)accuracy["counts"]!, (int)accuracy["exact"]!, (decimal)accuracy["accuracyPercent"]!));
        await floor.StockCounted(off, 3);
        Assert.Contains(await Given.Ledger(off), m => (string?)m!["reason"] == "count: bin B3-15");
        // Just counted: class C is next due in a year.
        Assert.Equal(0, (int)(await Client.PostJson("/api/inventory/cycle-counts/schedule", new { }).ExpectJson(HttpStatusCode.OK))["requested"]!);
    }

    [Fact]
    public async Task Bad_floor_input_is_refused_with_problem_details_and_changes_nothing()
    {
        var floor = await new Floor(Client, Given).Build();
        var bad = await Client.PutAsJsonAsync($"/api/warehouse/locations/{floor.Location}/layout",
            new { aisleLength = -1, depotX = 0, aisles = new[] { new { number = 1, x = 0.0, zone = "" } } }, Api.Json);
        var problem = await bad.ReadJson();
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.NotNull(problem["errors"]!["aisleLength"]);
        Assert.NotNull(problem["errors"]!["aisles[0].zone"]);
        Assert.Equal(4, (await Client.GetAsync($"/api/warehouse/locations/{floor.Location}/layout").ExpectJson(HttpStatusCode.OK))["aisles"]!.AsArray().Count);

        var sku = await Given.Sku();
        await Client.PostJson($"/api/warehouse/locations/{floor.Location}/bins", new[] { new { code = "Z9", aisle = 9, position = 1.0 } })
            .ExpectJson(HttpStatusCode.BadRequest);
        await Client.PostJson($"/api/warehouse/locations/{floor.Location}/bins", new object?[] { null }).ExpectJson(HttpStatusCode.BadRequest);
        await Client.PutAsJsonAsync($"/api/warehouse/locations/{floor.Location}/layout",
            new { aisleLength = 20, depotX = 0, aisles = new object?[] { null } }, Api.Json).ExpectJson(HttpStatusCode.BadRequest);
        await Client.PutAsJsonAsync("/api/warehouse/locations/NO-SUCH-PLACE/layout",
            new { aisleLength = 20, depotX = 0, aisles = new[] { new { number = 1, x = 0.0, zone = "A" } } }, Api.Json)
            .ExpectJson(HttpStatusCode.BadRequest);
        // A new bin whose code is another bin's barcode would let a scan pass at the wrong bin.
        await Client.PostJson($"/api/warehouse/locations/{floor.Location}/bins", new[] { new { code = "BINA1-05", aisle = 1, position = 1.0 } })
            .ExpectJson(HttpStatusCode.Conflict);
        await Client.PostJson($"/api/warehouse/locations/{new string('L', 80)}/boxes",
            new { code = "X", lengthIn = 1, widthIn = 1, heightIn = 1, maxWeightLb = 1 }).ExpectJson(HttpStatusCode.NotFound);
        await Client.PostJson($"/api/warehouse/locations/{floor.Location}/put-aways", new { bin = "A1-05", sku, quantity = -2 })
            .ExpectJson(HttpStatusCode.BadRequest);
        await Client.PostJson($"/api/warehouse/locations/{floor.Location}/put-aways", new { bin = "NOPE", sku, quantity = 2 })
            .ExpectJson(HttpStatusCode.BadRequest);
        await Client.PostJson($"/api/warehouse/locations/{floor.Location}/put-aways", new { bin = "A1-05", sku = "UNKNOWN-SKU", quantity = 2 })
            .ExpectJson(HttpStatusCode.BadRequest);
        await Client.PostJson($"/api/warehouse/locations/{floor.Location}/boxes", new { code = "X", lengthIn = 0, widthIn = 1, heightIn = 1, maxWeightLb = 1 })
            .ExpectJson(HttpStatusCode.BadRequest);
        await floor.Release(new { strategy = "fastest" }).ExpectJson(HttpStatusCode.BadRequest);
        await floor.Release(new { strategy = "wave" }).ExpectJson(HttpStatusCode.BadRequest);
        await Client.PostJson($"/api/warehouse/pick-lists/{Guid.NewGuid()}/lines/{Guid.NewGuid()}/scans", new { bin = "A", item = "B" })
            .ExpectJson(HttpStatusCode.NotFound);
        Assert.Empty(await floor.BinStock(sku));
    }

    [Fact]
    public async Task An_item_too_big_for_the_chosen_box_is_refused_at_the_pack_station()
    {
        var floor = await new Floor(Client, Given).Build();
        var bulky = await Given.BulkySku();
        await floor.Stock(bulky, "A1-05", 2);
        await floor.StockCounted(bulky, 2);
        var orderId = await AllocatedOrder((bulky, 1));
        await floor.ReadyWith(orderId);
        var list = (await floor.Released(new { strategy = "singleOrder" }))["pickLists"]!.AsArray().Single()!;
        await floor.PickAll(list, Scenario.BarcodeOf);

        var package = await Client.PostJson(floor.PackingUrl(orderId) + "/packages", new { box = "S" }).ExpectJson(HttpStatusCode.Created);
        var refused = await Client.PostJson($"{floor.PackingUrl(orderId)}/packages/{package["id"]}/scans", new { item = Scenario.BarcodeOf(bulky) })
            .ExpectJson(HttpStatusCode.UnprocessableEntity);

        Assert.Equal("Does not fit.", (string?)refused["title"]);
        var packing = await floor.Packing(orderId);
        Assert.Equal(0, (int)packing["lines"]![0]!["packed"]!);
        Assert.Equal("L", (string?)packing["suggestion"]![0]!["box"]);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PickAndPackOnSqlite(SqliteApp fixture) : PickAndPackTests(fixture);

[Collection(PostgresCollection.Name)]
public sealed class PickAndPackOnPostgres(PostgresApp fixture) : PickAndPackTests(fixture);
