using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Commerce.IntegrationTests.Infrastructure;
using Commerce.Kernel.Security;
using Commerce.Orders.Contracts;
using Commerce.Storefronts.Data;
using Commerce.Storefronts.Domain;
using Commerce.Testing;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;

namespace Commerce.IntegrationTests.Storefronts;

/// <summary>Webhooks from a store: verified before parsing, stored once, processed in order into Orders' messages.</summary>
public abstract class StorefrontWebhookTests(StorefrontFixture fixture) : StorefrontTest(fixture)
{
    [Fact]
    public async Task A_bad_or_missing_signature_is_refused_and_nothing_is_stored()
    {
        var id = Api.Unique("W");
        var body = StoreScenario.Body(StoreScenario.Order(id, ("L1", "SKU-1", 1)));

        var wrongSecret = await Store.Send(StoreScenario.Delivery("orders/create", body, signature: StoreScenario.Sign(body, "not-the-secret")));
        var missing = await Store.Send(StoreScenario.Delivery("orders/create", body, signed: false));
        var tampered = await Store.Send(StoreScenario.Delivery("orders/create", body.Replace("Grace", "Mallory"), signature: StoreScenario.Sign(body)));

        foreach (var response in new[] { wrongSecret, missing, tampered })
        {
            await response.EnsureStatus(HttpStatusCode.Unauthorized);
            Assert.Equal(401, (int)(await response.ReadJson())["status"]!);
        }

        Assert.Empty(await Store.Deliveries());
        Assert.Empty(await Store.OrdersOf(id));
    }

    [Fact]
    public async Task A_signed_order_webhook_is_answered_at_once_and_places_one_order()
    {
        var (first, second) = (await Given.Sku(), await Given.Sku());
        var id = Api.Unique("W");

        var receipt = await Store.Post("orders/create", StoreScenario.Order(id, ("L-10", first, 2), ("L-11", "", 0), ("L-12", second, 1)));

        Assert.Equal("accepted", (string?)receipt["status"]);
        var order = await Store.PlacedOrder(id);
        Assert.Equal(StorefrontFixture.Channel, (string?)order["channel"]);
        Assert.Equal("Expedited", (string?)order["serviceLevel"]);
        Assert.Equal("grace@example.com", (string?)order["customer"]!["email"]);
        Assert.Equal("US", (string?)order["shippingAddress"]!["countryCode"]);
        var lines = order["lines"]!.AsArray();
        Assert.Equal([(1, first, 2), (2, second, 1)], lines.Select(l => ((int)l!["lineNumber"]!, (string)l["sku"]!, (int)l["quantity"]!)));
        Assert.All(lines, l => Assert.Equal(12.5m, (decimal)l!["unitPrice"]!));

        var delivery = (await Store.AllProcessed()).Single()!;
        Assert.Equal("Processed", (string?)delivery["status"]);
        Assert.Equal(id, (string?)delivery["externalOrderId"]);
        Assert.StartsWith("Placed order", (string?)delivery["outcome"]);
        var record = (await Store.StoreOrder(id))!;
        Assert.True((bool)record["placed"]!);
        Assert.Equal([(1, "L-10", first), (2, "L-12", second)],
            record["lines"]!.AsArray().Select(l => ((int)l!["lineNumber"]!, (string)l["externalLineId"]!, (string)l["sku"]!)));
    }

    [Fact]
    public async Task The_same_delivery_three_times_in_a_row_or_at_once_places_one_order()
    {
        var sku = await Given.Sku();
        var (inRow, atOnce, byEvent) = (Api.Unique("R"), Api.Unique("C"), Api.Unique("E"));

        var body = StoreScenario.Body(StoreScenario.Order(inRow, ("L1", sku, 1)));
        var webhookId = Guid.NewGuid().ToString();
        var statuses = new List<string?>();
        for (var i = 0; i < 3; i++)
            statuses.Add((string?)(await Task.FromResult(await Store.Send(StoreScenario.Delivery("orders/create", body, webhookId))).ExpectJson(HttpStatusCode.OK))["status"]);
        Assert.Equal(["accepted", "duplicate", "duplicate"], statuses);

        body = StoreScenario.Body(StoreScenario.Order(atOnce, ("L1", sku, 1)));
        webhookId = Guid.NewGuid().ToString();
        var concurrent = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Store.Send(StoreScenario.Delivery("orders/create", body, webhookId))));
        var answers = new List<string?>();
        foreach (var response in concurrent) answers.Add((string?)(await Task.FromResult(response).ExpectJson(HttpStatusCode.OK))["status"]);
        Assert.Single(answers, a => a == "accepted");
        Assert.Equal(2, answers.Count(a => a == "duplicate"));

        // Shopify's event id: the same event redelivered under a new delivery id is a duplicate too.
        body = StoreScenario.Body(StoreScenario.Order(byEvent, ("L1", sku, 1)));
        var eventId = Guid.NewGuid().ToString();
        Assert.Equal("accepted", (string?)(await Store.Post("orders/create", StoreScenario.Order(byEvent, ("L1", sku, 1)), eventId: eventId))["status"]);
        Assert.Equal("duplicate", (string?)(await Store.Post("orders/create", StoreScenario.Order(byEvent, ("L1", sku, 1)), eventId: eventId))["status"]);

        var deliveries = await Store.AllProcessed();
        Assert.Equal(3, deliveries.Count);
        foreach (var id in new[] { inRow, atOnce, byEvent })
        {
            await Store.PlacedOrder(id);
            Assert.Single(await Store.OrdersOf(id));
        }
    }

    [Fact]
    public async Task An_older_update_after_a_newer_one_changes_nothing()
    {
        var sku = await Given.Sku();
        var id = Api.Unique("O");
        var created = StoreScenario.Order(id, ("L1", sku, 1));
        await Store.Post("orders/create", created);
        await Store.Post("orders/updated", created with { Status = "paid-and-tagged", UpdatedAt = created.UpdatedAt.AddMinutes(10) });
        await Store.AllProcessed();

        // A straggler from between the two: older than what was applied, even though it cancels.
        await Store.Post("orders/cancelled", created with { Status = "cancelled", Cancelled = true, UpdatedAt = created.UpdatedAt.AddMinutes(5) });

        var deliveries = await Store.AllProcessed();
        Assert.Equal(["Ignored", "Processed", "Processed"], deliveries.Select(d => (string)d!["status"]!));
        Assert.Contains("not newer", (string?)deliveries[0]!["outcome"]);
        var record = (await Store.StoreOrder(id))!;
        Assert.Equal("paid-and-tagged", (string?)record["storeStatus"]);
        Assert.False((bool)record["cancelled"]!);
        var order = await Store.PlacedOrder(id);
        Assert.NotEqual("Cancelled", (string?)order["status"]);
    }

    [Fact]
    public async Task A_store_cancellation_cancels_the_order_once()
    {
        var sku = await Given.Sku();
        var id = Api.Unique("X");
        var created = StoreScenario.Order(id, ("L1", sku, 2));
        await Store.Post("orders/create", created);
        var orderId = (string)(await Store.PlacedOrder(id))["id"]!;

        var cancelled = created with { Status = "cancelled", Cancelled = true, CancelReason = "customer", UpdatedAt = created.UpdatedAt.AddHours(1) };
        for (var i = 0; i < 3; i++) await Store.Post("orders/cancelled", cancelled);
        await Store.Post("orders/updated", cancelled with { Status = "cancelled-and-archived", UpdatedAt = cancelled.UpdatedAt.AddMinutes(1) });

        var order = await Given.OrderInStatus(orderId, "Cancelled");
        Assert.Contains("customer", (string?)order["cancellationReason"]);
        var deliveries = await Store.AllProcessed();
        Assert.Single(deliveries, d => ((string?)d!["outcome"])?.EndsWith("; cancelled.") == true);
        await Task.Delay(500);
        Assert.Single((await Given.GetOrder(orderId))["history"]!.AsArray(), h => (string?)h!["to"] == "Cancelled");
    }

    [Fact]
    public async Task An_order_first_seen_cancelled_is_placed_then_cancelled_so_it_is_on_record()
    {
        var sku = await Given.Sku();
        var id = Api.Unique("F");

        await Store.Post("orders/cancelled", StoreScenario.Order(id, ("L1", sku, 1)) with { Cancelled = true, CancelReason = "fraud" });

        var placed = await Store.PlacedOrder(id);
        var order = await Given.OrderInStatus((string)placed["id"]!, "Cancelled");
        Assert.Contains("fraud", (string?)order["cancellationReason"]);
        Assert.Equal("Placed", (string?)order["history"]![0]!["to"]);
    }

    [Fact]
    public async Task A_malformed_body_with_a_valid_signature_fails_the_delivery_visibly_and_a_retry_fails_it_again()
    {
        const string body = """{"id": "broken", "lines": [""";
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        var receipt = await Task.FromResult(await Store.Send(StoreScenario.Delivery("orders/create", body, "wh-broken", "ev-broken")))
            .ExpectJson(HttpStatusCode.OK);
        var id = (string)receipt["deliveryId"]!;
        // Every column of the inbox row as stored by the acknowledgement's one statement.
        var stored = (await Store.Delivery(id))["delivery"]!;
        Assert.Equal((id, StorefrontFixture.StoreId, TestStoreConnector.Key, "orders/create", "wh-broken", "ev-broken", Encoding.UTF8.GetByteCount(body)),
            ((string?)stored["id"], (string?)stored["store"], (string?)stored["connector"], (string?)stored["topic"], (string?)stored["deliveryId"],
                (string?)stored["eventId"], (int)stored["bodyBytes"]!));
        Assert.InRange((DateTimeOffset)stored["receivedAt"]!, before, DateTimeOffset.UtcNow.AddSeconds(1));
        Assert.InRange((DateTimeOffset)stored["triggeredAt"]!, before, DateTimeOffset.UtcNow.AddSeconds(1));

        var failed = (await Store.DeliveriesWhen(d => d.Count == 1, "&status=Failed")).Single()!;
        Assert.StartsWith("Malformed:", (string?)failed["failureReason"]);
        var detail = await Store.Delivery(id);
        Assert.Equal(body, (string?)detail["body"]);
        Assert.Equal("orders/create", (string?)detail["headers"]![TestStoreConnector.TopicHeader]);

        await Client.PostAsync($"/api/storefronts/deliveries/{id}/retry", null).ExpectJson(HttpStatusCode.OK);
        var again = await Api.Eventually(() => Store.Delivery(id), d => (int)d["delivery"]!["attempts"]! == 2);
        Assert.Equal("Failed", (string?)again["delivery"]!["status"]);
        await Client.GetAsync("/api/storefronts/deliveries?status=Nonsense").ExpectJson(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_processed_delivery_cannot_be_retried()
    {
        var sku = await Given.Sku();
        var receipt = await Store.Post("orders/create", StoreScenario.Order(Api.Unique("P"), ("L1", sku, 1)));
        await Store.AllProcessed();
        await Client.PostAsync($"/api/storefronts/deliveries/{receipt["deliveryId"]}/retry", null).ExpectJson(HttpStatusCode.Conflict);
        await Client.PostAsync($"/api/storefronts/deliveries/{Guid.NewGuid()}/retry", null).ExpectJson(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_refused_with_413_and_nothing_is_stored()
    {
        var padding = new string('x', 2 * 1024 * 1024);
        var body = StoreScenario.Body(StoreScenario.Order(Api.Unique("B"), ("L1", "SKU-1", 1)) with { Number = padding });

        var sized = await Store.Send(StoreScenario.Delivery("orders/create", body));
        await sized.EnsureStatus(HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(413, (int)(await sized.ReadJson())["status"]!);

        // Without a Content-Length (chunked), the reading stops at the limit.
        var chunked = StoreScenario.Delivery("orders/create", body);
        chunked.Content = new StreamContent(new NonSeekableStream(Encoding.UTF8.GetBytes(body)));
        chunked.Content.Headers.ContentType = new("application/json");
        await (await Store.Send(chunked)).EnsureStatus(HttpStatusCode.RequestEntityTooLarge);

        Assert.Empty(await Store.Deliveries());
    }

    [Fact]
    public async Task A_platform_ping_is_answered_and_stores_nothing()
    {
        var ping = StoreScenario.Delivery("", "webhook_id=42", signed: false);
        ping.Content = new StringContent("webhook_id=42", Encoding.UTF8, "application/x-www-form-urlencoded");

        var receipt = await Task.FromResult(await Store.Send(ping)).ExpectJson(HttpStatusCode.OK);

        Assert.Equal("ping", (string?)receipt["status"]);
        Assert.Empty(await Store.Deliveries());
    }

    [Fact]
    public async Task An_unknown_store_or_a_store_of_another_connector_is_not_found()
    {
        var body = StoreScenario.Body(StoreScenario.Order(Api.Unique("N"), ("L1", "SKU-1", 1)));
        await (await Store.Send(StoreScenario.Delivery("orders/create", body, store: "no-such-store"))).EnsureStatus(HttpStatusCode.NotFound);
        await (await Store.Send(StoreScenario.Delivery("orders/create", body, connector: "woocommerce"))).EnsureStatus(HttpStatusCode.NotFound);
        Assert.Empty(await Store.Deliveries());
    }

    [Fact]
    public async Task A_store_without_a_webhook_secret_answers_503_and_stores_nothing()
    {
        var body = StoreScenario.Body(StoreScenario.Order(Api.Unique("U"), ("L1", "SKU-1", 1)));
        var response = await Store.Send(StoreScenario.Delivery("orders/create", body, store: StorefrontFixture.UnsignedId));
        await response.EnsureStatus(HttpStatusCode.ServiceUnavailable);
        Assert.DoesNotContain("WebhookSecret", await response.Content.ReadAsStringAsync());
        Assert.Empty(await Store.Deliveries());
    }

    [Fact]
    public async Task An_order_without_a_shipping_address_fails_its_delivery_with_the_reason()
    {
        var id = Api.Unique("A");
        await Store.Post("orders/create", StoreScenario.Order(id, ("L1", "SKU-1", 1)) with { ShippingAddress = null });

        var delivery = (await Store.AllProcessed()).Single()!;
        Assert.Equal("Failed", (string?)delivery["status"]);
        Assert.Contains("no shipping address", (string?)delivery["failureReason"]);
        Assert.Null(await Store.StoreOrder(id));
        Assert.Empty(await Store.OrdersOf(id));
    }

    [Fact]
    public async Task A_line_without_a_sku_is_placed_with_none_for_the_orders_module_to_hold()
    {
        var sku = await Given.Sku();
        var id = Api.Unique("S");
        await Store.Post("orders/create", StoreScenario.Order(id, ("L1", sku, 1), ("L2", null, 3)));

        var order = await Store.PlacedOrder(id);
        Assert.Equal([sku, "(none)"], order["lines"]!.AsArray().Select(l => (string)l!["sku"]!));
    }

    [Fact]
    public async Task A_deletion_seen_first_keeps_a_late_creation_from_placing_the_order()
    {
        var id = Api.Unique("D");
        var order = StoreScenario.Order(id, ("L1", "SKU-1", 1));
        await Store.Post("orders/delete", new { id, at = order.UpdatedAt.AddMinutes(30) });
        await Store.Post("orders/create", order);

        var deliveries = await Store.AllProcessed();
        Assert.Equal(["Ignored", "Processed"], deliveries.Select(d => (string)d!["status"]!));
        Assert.True((bool)(await Store.StoreOrder(id))!["cancelled"]!);
        Assert.Empty(await Store.OrdersOf(id));
    }

    [Fact]
    public async Task A_store_refund_is_recorded_once_with_our_line_numbers_and_counted_on_the_order_but_one_of_ours_echoed_back_is_not()
    {
        var sku = await Given.Sku();
        var id = Api.Unique("RF");
        await Store.Post("orders/create", StoreScenario.Order(id, ("L1", sku, 2)));
        var refund = new
        {
            id = "RE-1", orderId = id, amount = 12.5m, currency = "USD", reason = "damaged", at = StoreScenario.Created.AddDays(2),
            lines = new[] { new { lineId = "L1", sku, quantity = 1, restock = false } },
        };
        await Store.Post("refunds/create", refund);
        await Store.Post("refunds/create", refund);

        var deliveries = await Store.AllProcessed();
        Assert.Equal(["Ignored", "Processed", "Processed"], deliveries.Select(d => (string)d!["status"]!));
        var refunds = (await Client.GetAsync($"/api/storefronts/refunds?externalOrderId={id}").ExpectJson(HttpStatusCode.OK))["items"]!.AsArray();
        var recorded = Assert.Single(refunds)!;
        Assert.Equal(12.5m, (decimal)recorded["amount"]!);
        Assert.Equal(1, (int)recorded["lines"]![0]!["lineNumber"]!);
        Assert.Equal(sku, (string?)recorded["lines"]![0]!["sku"]);
        var orderId = (string)Assert.Single(await Api.Eventually(() => Store.OrdersOf(id), o => o.Count > 0))!["id"]!;
        var order = await Given.OrderWhen(orderId, o => o["refunds"]!.AsArray().Count > 0);
        var counted = Assert.Single(order["refunds"]!.AsArray())!;
        Assert.Equal(("channel", "RE-1", 12.5m, $"channel:{StorefrontFixture.Channel}"),
            ((string?)counted["origin"], (string?)counted["channelRefundId"], (decimal)counted["amount"]!, (string?)counted["actor"]));
        Assert.Equal((1, 1), ((int)counted["lines"]![0]!["lineNumber"]!, (int)counted["lines"]![0]!["quantity"]!));

        // The store's notice of a refund we pushed to it carries our marker: recorded here, not counted twice on the order.
        // Channel refunds are applied in the order received: once the later RE-3 is counted, RE-2 would have been too.
        await Store.Post("refunds/create", refund with { id = "RE-2", reason = "goodwill [commerce-refund:0190d3a4-ours]" });
        await Store.Post("refunds/create", refund with { id = "RE-3", amount = 2.5m });
        order = await Given.OrderWhen(orderId, o => o["refunds"]!.AsArray().Count > 1);
        Assert.Equal(["RE-1", "RE-3"], order["refunds"]!.AsArray().Select(r => (string?)r!["channelRefundId"]));
        Assert.Equal(15m, (decimal)order["refunded"]!);
        Assert.Equal(3, (await Client.GetAsync($"/api/storefronts/refunds?externalOrderId={id}").ExpectJson(HttpStatusCode.OK))["items"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_refund_decided_here_for_a_store_whose_connector_cannot_refund_is_recorded_as_failed_for_someone_to_do_by_hand()
    {
        var sku = await Given.Sku();
        var id = Api.Unique("RF");
        await Store.Post("orders/create", StoreScenario.Order(id, ("L1", sku, 2)));
        await Store.AllProcessed();
        var orderId = (string)Assert.Single(await Api.Eventually(() => Store.OrdersOf(id), o => o.Count > 0))!["id"]!;

        await Client.PostJson($"/api/orders/{orderId}/refunds", new { amount = 5m }).ExpectJson(HttpStatusCode.Created);

        var pushes = await Api.Eventually(
            async () => (await Client.GetAsync($"/api/storefronts/refund-pushes?externalOrderId={id}").ExpectJson(HttpStatusCode.OK))["items"]!.AsArray(),
            p => p.Count > 0);
        var push = Assert.Single(pushes)!;
        Assert.Equal("Failed", (string?)push["status"]);
        Assert.Contains($"cannot refund: refund 5.00 USD on order {id} in the store", (string?)push["lastError"]);
        Assert.Empty(await Store.PushAttempts("&operation=Refund"));
    }

    private async Task<JsonArray> ReadyToPick(string warehouse) =>
        (await Client.GetAsync($"/api/warehouse/locations/{warehouse}/ready-orders").ExpectJson(HttpStatusCode.OK)).AsArray();

    private static int Holds(JsonNode order) => order["history"]!.AsArray().Count(h => (string?)h!["to"] == "OnHold");

    [Fact]
    public async Task Lines_the_store_changed_after_placing_hold_the_order_with_what_changed_once_and_out_of_the_warehouses_reach()
    {
        var (sku1, sku2, sku3) = (await Given.Sku(), await Given.Sku(), await Given.Sku());
        var warehouse = await Given.Warehouse();
        foreach (var sku in new[] { sku1, sku2, sku3 }) await Given.Receive(sku, warehouse, 10);
        var id = Api.Unique("LC");
        var created = StoreScenario.Order(id, ("L1", sku1, 2), ("L2", sku2, 1));
        await Store.Post("orders/create", created);
        var orderId = (string)(await Store.PlacedOrder(id))["id"]!;
        await Given.OrderInStatus(orderId, "Allocated");
        Assert.Single(await Api.Eventually(() => ReadyToPick(warehouse), r => r.Count == 1));

        // The store adds a unit of line 1, removes line 2 and adds a line.
        var edited = created with
        {
            UpdatedAt = created.UpdatedAt.AddMinutes(30),
            Lines = [new TestLine("L1", sku1, "Product", 3, 12.5m), new TestLine("L2", sku2, "Product", 0, 12.5m), new TestLine("L3", sku3, "Product", 1, 12.5m)],
        };
        var webhookId = Guid.NewGuid().ToString();
        await Store.Post("orders/updated", edited, webhookId);

        var held = await Given.OrderInStatus(orderId, "OnHold");
        var reason = $"The store changed the order's lines after it was placed: sku {sku1} 2→3, sku {sku2} removed 1→0, sku {sku3} added 0→1; " +
                     "review before fulfilment.";
        Assert.Equal(reason, (string?)held["holdReason"]);
        var step = held["history"]!.AsArray().Last()!;
        Assert.Equal(("Allocated", "OnHold", reason, $"channel:{StorefrontFixture.Channel}"),
            ((string?)step["from"], (string?)step["to"], (string?)step["reason"], (string?)step["actor"]));
        Assert.Empty(await Api.Eventually(() => ReadyToPick(warehouse), r => r.Count == 0));
        Assert.Equal($"sku {sku1} 2→3, sku {sku2} removed 1→0, sku {sku3} added 0→1", (string?)(await Store.StoreOrder(id))!["lineChanges"]);
        // What was placed stays as placed until a person decides.
        Assert.Equal([(sku1, 2), (sku2, 1)], held["lines"]!.AsArray().Select(l => ((string)l!["sku"]!, (int)l["quantity"]!)));

        // The same delivery again, and a newer update that still shows the same lines: nothing more.
        Assert.Equal("duplicate", (string?)(await Store.Post("orders/updated", edited, webhookId))["status"]);
        await Store.Post("orders/updated", edited with { Status = "paid-and-tagged", UpdatedAt = edited.UpdatedAt.AddMinutes(5) });
        var deliveries = await Store.AllProcessed();
        Assert.Contains("the order is held for review", (string?)deliveries[1]!["outcome"]);
        Assert.Contains("as noted before", (string?)deliveries[0]!["outcome"]);
        await Task.Delay(500);
        Assert.Equal(1, Holds(await Given.GetOrder(orderId)));

        // Released after review: the warehouse may pick it again, and the same difference does not hold it again.
        await Client.PostAsync($"/api/orders/{orderId}/release-hold", null).ExpectJson(HttpStatusCode.Accepted);
        var released = await Given.OrderInStatus(orderId, "Allocated");
        Assert.Null((string?)released["holdReason"]);
        Assert.Single(await Api.Eventually(() => ReadyToPick(warehouse), r => r.Count == 1));
        await Store.Post("orders/updated", edited with { Status = "paid-tagged-again", UpdatedAt = edited.UpdatedAt.AddMinutes(10) });
        await Store.AllProcessed();
        await Task.Delay(500);
        var after = await Given.GetOrder(orderId);
        Assert.Equal(("Allocated", 1), ((string?)after["status"], Holds(after)));
        await Client.PostAsync($"/api/orders/{orderId}/release-hold", null).ExpectJson(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Lines_changed_after_part_of_the_order_shipped_are_recorded_not_held()
    {
        var sku = await Given.Sku();
        var id = Api.Unique("LS");
        var created = StoreScenario.Order(id, ("L1", sku, 2));
        await Store.Post("orders/create", created);
        var order = await Store.PlacedOrder(id);
        var orderId = Guid.Parse((string)order["id"]!);
        StoreApi.On("POST", "/orders/*/fulfillments", CannedResponse.Json("""{"id":"f-1"}""", 201));
        await App.Services.GetRequiredService<IMessageBus>().PublishAsync(new OrderPartShipped(Guid.NewGuid(), orderId, StorefrontFixture.Channel, id,
            "warehouse", "UPS", DateTimeOffset.UtcNow, [new ShippedPackage("1Z1", null)], [new ShippedLine(1, sku, 1)]));
        await Api.Eventually(() => Client.GetAsync($"/api/storefronts/fulfillments?externalOrderId={id}").ExpectJson(HttpStatusCode.OK),
            f => f["items"]!.AsArray().Count == 1);

        await Store.Post("orders/updated", created with { UpdatedAt = created.UpdatedAt.AddHours(1), Lines = [new TestLine("L1", sku, "Product", 5, 12.5m)] });

        var delivery = (await Store.AllProcessed())[0]!;
        Assert.Contains($"after part of it shipped (sku {sku} 2→5): recorded, not held", (string?)delivery["outcome"]);
        await Task.Delay(500);
        var unchanged = await Given.GetOrder(orderId.ToString());
        Assert.NotEqual("OnHold", (string?)unchanged["status"]);
        Assert.Equal(0, Holds(unchanged));
    }

    [Fact]
    public async Task Unused_topics_are_stored_and_marked_ignored()
    {
        await Store.Post("products/update", new { id = 5 });
        var delivery = (await Store.AllProcessed()).Single()!;
        Assert.Equal("Ignored", (string?)delivery["status"]);
        Assert.Contains("products/update", (string?)delivery["outcome"]);
    }

    [Fact]
    public async Task A_delivery_stored_but_not_processed_when_the_host_stopped_is_processed_after_a_restart()
    {
        var database = await CommerceApp.NewDatabaseAsync(Provider);
        var settings = StorefrontFixture.Settings(StoreApi.Address.ToString());
        var id = Api.Unique("RS");
        var body = Encoding.UTF8.GetBytes(StoreScenario.Body(StoreScenario.Order(id, ("L1", "SKU-RESTART", 2))));
        await using (var first = await CommerceApp.StartAsync(Provider, database, settings, StorefrontFixture.AddConnector))
        {
            // Accepted a moment before the host went down, before any drain ran: only the inbox row is left of it.
            using var scope = first.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<StorefrontsDbContext>();
            db.Deliveries.Add(new InboxDelivery
            {
                StoreId = StorefrontFixture.StoreId, Connector = TestStoreConnector.Key, Topic = "orders/create", DeliveryKey = id, Body = body,
                Headers = JsonSerializer.Serialize(new Dictionary<string, string> { [TestStoreConnector.TopicHeader] = "orders/create" }),
                ReceivedAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync();
        }

        await using var second = await CommerceApp.StartAsync(Provider, database, settings, StorefrontFixture.AddConnector);
        var store = new StoreScenario(second, second.ClientWithRole(Roles.Admin));
        var order = await store.PlacedOrder(id);
        Assert.Equal(2, (int)order["lines"]!.AsArray().Single()!["quantity"]!);
        var delivery = Assert.Single(await store.AllProcessed());
        Assert.Equal("Processed", (string?)delivery!["status"]);
    }

    /// <summary>A stream that cannot tell its length, so the client sends the body chunked.</summary>
    private sealed class NonSeekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}

[Collection(StorefrontSqliteCollection.Name)]
public sealed class StorefrontWebhooksOnSqlite(StorefrontSqliteApp fixture) : StorefrontWebhookTests(fixture);

[Collection(StorefrontPostgresCollection.Name)]
public sealed class StorefrontWebhooksOnPostgres(StorefrontPostgresApp fixture) : StorefrontWebhookTests(fixture);
