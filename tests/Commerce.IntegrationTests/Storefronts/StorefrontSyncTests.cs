using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Commerce.IntegrationTests.Infrastructure;
using Commerce.Inventory.Contracts;
using Commerce.Orders.Contracts;
using Commerce.Storefronts.Jobs;
using Commerce.Testing;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Wolverine;

namespace Commerce.IntegrationTests.Storefronts;

/// <summary>Reconciliation by pulling, and what the platform tells the stores: fulfillments and stock levels.</summary>
public abstract class StorefrontSyncTests(StorefrontFixture fixture) : StorefrontTest(fixture)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private IMessageBus Bus => App.Services.GetRequiredService<IMessageBus>();

    private static CannedResponse Page(string? next, bool hasMore, params TestOrder[] orders) =>
        CannedResponse.Json(JsonSerializer.Serialize(new TestOrderPage([.. orders], next, hasMore), Json));

    private async Task<JsonNode> Reconciled(Guid runId) =>
        await Api.Eventually(() => Store.Store(), s => (string?)s["lastReconciliation"]?["runId"] == runId.ToString()
                                                       && (string?)s["lastReconciliation"]!["outcome"] != "Running");

    private async Task<Guid> Reconcile() =>
        Guid.Parse((string)(await Client.PostAsync($"/api/storefronts/stores/{StorefrontFixture.StoreId}/reconcile", null)
            .ExpectJson(HttpStatusCode.OK))["runId"]!);

    [Fact]
    public async Task Reconciliation_places_orders_no_webhook_delivered_and_carries_on_from_its_cursor()
    {
        var sku = await Given.Sku();
        var (missed, also, seen) = (Api.Unique("M"), Api.Unique("M"), Api.Unique("M"));
        await Store.Post("orders/create", StoreScenario.Order(seen, ("L1", sku, 1)));
        await Store.AllProcessed();
        StoreApi.On("GET", "/orders", request => request.Query switch
        {
            "?cursor=" => Page("c1", true, StoreScenario.Order(missed, ("L1", sku, 1)), StoreScenario.Order(seen, ("L1", sku, 1))),
            "?cursor=c1" => Page("c2", false, StoreScenario.Order(also, ("L7", sku, 3))),
            _ => Page("c2", false),
        });

        var run = await Reconcile();

        var store = await Reconciled(run);
        var last = store["lastReconciliation"]!;
        Assert.Equal(("Succeeded", 2, 3, "c2"), ((string?)last["outcome"], (int)last["pages"]!, (int)last["orders"]!, (string?)last["cursor"]));
        Assert.Contains("1 unchanged", (string?)last["summary"]);
        foreach (var id in new[] { missed, also, seen }) Assert.Single(await Api.Eventually(() => Store.OrdersOf(id), o => o.Count > 0));
        Assert.Equal(3, (int)(await Store.PlacedOrder(also))["lines"]![0]!["quantity"]!);

        // The next run asks from the saved cursor.
        var next = await Reconcile();
        Assert.Equal("Succeeded", (string?)(await Reconciled(next))["lastReconciliation"]!["outcome"]);
        Assert.Equal(["?cursor=", "?cursor=c1", "?cursor=c2"], StoreApi.RequestsTo("GET", "/orders").Select(r => r.Query));
    }

    [Fact]
    public async Task An_unavailable_store_keeps_the_cursor_for_the_next_run()
    {
        var sku = await Given.Sku();
        StoreApi.On("GET", "/orders", request => request.Query == "?cursor="
            ? Page("c1", false, StoreScenario.Order(Api.Unique("U"), ("L1", sku, 1)))
            : new CannedResponse(503, """{"error":"maintenance"}"""));
        await Reconciled(await Reconcile());

        var store = await Reconciled(await Reconcile());

        var last = store["lastReconciliation"]!;
        Assert.Equal(("Unavailable", "c1"), ((string?)last["outcome"], (string?)last["cursor"]));
        Assert.Contains("503", (string?)last["error"]);
    }

    [Fact]
    public async Task Each_store_has_a_reconciliation_job_on_its_interval_and_the_list_shows_no_secrets()
    {
        var scheduler = await App.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var main = Assert.IsAssignableFrom<ISimpleTrigger>(await scheduler.GetTrigger(ReconcileStoreJob.TriggerFor(StorefrontFixture.StoreId)));
        var outlet = Assert.IsAssignableFrom<ISimpleTrigger>(await scheduler.GetTrigger(ReconcileStoreJob.TriggerFor(StorefrontFixture.OutletId)));
        Assert.Equal((TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(15)), (main.RepeatInterval, outlet.RepeatInterval));

        var response = await Client.GetAsync("/api/storefronts/stores");
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(StorefrontFixture.Secret, text);
        Assert.DoesNotContain("outlet-secret", text);
        var stores = JsonNode.Parse(text)!.AsArray();
        Assert.Equal([(StorefrontFixture.StoreId, StorefrontFixture.Channel, true), (StorefrontFixture.OutletId, StorefrontFixture.OutletId, false)],
            stores.Select(s => ((string)s!["id"]!, (string)s["channel"]!, (bool)s["pushStock"]!))
                .Where(s => s.Item1 != StorefrontFixture.UnsignedId).OrderBy(s => s.Item1 == StorefrontFixture.OutletId));
        Assert.Contains("PushFulfillment", stores.Single(s => (string?)s!["id"] == StorefrontFixture.StoreId)!["capabilities"]!.AsArray().Select(c => (string?)c));
        await Client.GetAsync("/api/storefronts/stores/nowhere").ExpectJson(HttpStatusCode.NotFound);
    }

    private async Task<(string ExternalId, Guid OrderId, string Sku1, string Sku2)> StoreOrderPlaced()
    {
        var (sku1, sku2) = (await Given.Sku(), await Given.Sku());
        var id = Api.Unique("SH");
        await Store.Post("orders/create", StoreScenario.Order(id, ("ext-line-1", sku1, 2), ("ext-line-2", sku2, 1)));
        var order = await Store.PlacedOrder(id);
        return (id, Guid.Parse((string)order["id"]!), sku1, sku2);
    }

    private static OrderPartShipped Shipped(Guid shipmentId, string externalId, Guid orderId, string sku1, string sku2, string channel = StorefrontFixture.Channel) =>
        new(shipmentId, orderId, channel, externalId, "warehouse", "UPS", DateTimeOffset.UtcNow,
            [new ShippedPackage("1Z999AA10123456784", "https://track.example/1Z999AA10123456784"), new ShippedPackage("1Z999AA10123456785", null)],
            [new ShippedLine(2, sku2, 1), new ShippedLine(1, sku1, 2)]);

    private Task<JsonArray> AttemptsWhen(string key, Func<JsonArray, bool> done) =>
        Api.Eventually(() => Store.PushAttempts($"&key={key}"), done);

    [Fact]
    public async Task A_shipped_part_of_a_store_order_is_pushed_to_the_store_once_with_its_line_ids()
    {
        var (externalId, orderId, sku1, sku2) = await StoreOrderPlaced();
        StoreApi.On("POST", "/orders/*/fulfillments", CannedResponse.Json("""{"id":"f-1"}""", 201));
        var shipmentId = Guid.NewGuid();

        await Bus.PublishAsync(Shipped(shipmentId, externalId, orderId, sku1, sku2));
        await Bus.PublishAsync(Shipped(Guid.NewGuid(), externalId, orderId, sku1, sku2, channel: "api"));

        var attempts = await AttemptsWhen(shipmentId.ToString(), a => a.Count == 1);
        Assert.Equal(("Fulfillment", "Succeeded", 1), ((string?)attempts[0]!["operation"], (string?)attempts[0]!["outcome"], (int)attempts[0]!["attempt"]!));
        var sent = Assert.Single(StoreApi.RequestsTo("POST", $"/orders/{externalId}/fulfillments"));
        var body = JsonNode.Parse(sent.BodyText)!;
        Assert.Equal(shipmentId.ToString(), (string?)body["fulfillmentId"]);
        Assert.Equal(("UPS", "1Z999AA10123456784", "https://track.example/1Z999AA10123456784"),
            ((string?)body["carrier"], (string?)body["trackingNumber"], (string?)body["trackingUrl"]));
        Assert.Equal([("ext-line-2", sku2, 1), ("ext-line-1", sku1, 2)],
            body["lines"]!.AsArray().Select(l => ((string)l!["lineId"]!, (string)l["sku"]!, (int)l["quantity"]!)));

        // The same shipment again: nothing more is sent.
        await Bus.PublishAsync(Shipped(shipmentId, externalId, orderId, sku1, sku2));
        await Task.Delay(1500);
        Assert.Single(StoreApi.RequestsTo("POST", "/orders/*/fulfillments"));
        var fulfillments = (await Client.GetAsync($"/api/storefronts/fulfillments?externalOrderId={externalId}").ExpectJson(HttpStatusCode.OK))["items"]!.AsArray();
        Assert.Equal(("Pushed", "1Z999AA10123456784, 1Z999AA10123456785"),
            ((string?)Assert.Single(fulfillments)!["status"], (string?)fulfillments[0]!["trackingNumbers"]));
    }

    [Fact]
    public async Task A_store_that_answers_503_then_succeeds_gets_two_recorded_attempts()
    {
        var (externalId, orderId, sku1, sku2) = await StoreOrderPlaced();
        var calls = 0;
        StoreApi.On("POST", "/orders/*/fulfillments", _ => Interlocked.Increment(ref calls) == 1
            ? new CannedResponse(503, """{"errors":"busy"}""")
            : CannedResponse.Json("""{"id":"f-2"}""", 201));
        var shipmentId = Guid.NewGuid();

        await Bus.PublishAsync(Shipped(shipmentId, externalId, orderId, sku1, sku2));

        var attempts = await AttemptsWhen(shipmentId.ToString(), a => a.Count == 2);
        Assert.Equal([(1, "WillRetry", (int?)503), (2, "Succeeded", null)],
            attempts.Select(a => ((int)a!["attempt"]!, (string)a["outcome"]!, (int?)a["statusCode"])).OrderBy(a => a.Item1));
        Assert.Equal(2, StoreApi.RequestsTo("POST", "/orders/*/fulfillments").Count);
    }

    [Fact]
    public async Task A_store_that_refuses_a_push_with_422_is_not_asked_again()
    {
        var (externalId, orderId, sku1, sku2) = await StoreOrderPlaced();
        StoreApi.On("POST", "/orders/*/fulfillments", new CannedResponse(422, """{"errors":{"line_items":["already fulfilled"]}}"""));
        var shipmentId = Guid.NewGuid();

        await Bus.PublishAsync(Shipped(shipmentId, externalId, orderId, sku1, sku2));

        var attempts = await AttemptsWhen(shipmentId.ToString(), a => a.Count == 1);
        await Task.Delay(TimeSpan.FromSeconds(StorefrontFixture.RetryDelays + 1));
        var attempt = Assert.Single(await Store.PushAttempts($"&key={shipmentId}"))!;
        Assert.Equal(("Failed", 422), ((string?)attempt["outcome"], (int)attempt["statusCode"]!));
        Assert.Contains("already fulfilled", (string?)attempt["error"]);
        Assert.Single(StoreApi.RequestsTo("POST", "/orders/*/fulfillments"));
        var fulfillment = (await Client.GetAsync($"/api/storefronts/fulfillments?status=Failed").ExpectJson(HttpStatusCode.OK))["items"]!.AsArray();
        Assert.Equal(shipmentId.ToString(), (string?)Assert.Single(fulfillment)!["shipmentId"]);
        Assert.Single(attempts);
    }

    [Fact]
    public async Task A_store_unavailable_through_every_retry_is_given_up_and_marked_failed()
    {
        var (externalId, orderId, sku1, sku2) = await StoreOrderPlaced();
        StoreApi.On("POST", "/orders/*/fulfillments", new CannedResponse(502, "bad gateway", "text/plain"));
        var shipmentId = Guid.NewGuid();

        await Bus.PublishAsync(Shipped(shipmentId, externalId, orderId, sku1, sku2));

        var attempts = await AttemptsWhen(shipmentId.ToString(), a => a.Count == StorefrontFixture.RetryDelays + 1);
        Assert.Equal(["Failed", "WillRetry", "WillRetry"], attempts.Select(a => (string)a!["outcome"]!));
        Assert.Contains("given up", (string?)attempts[0]!["detail"]);
    }

    private async Task CancelHere(Guid orderId, string? reason = "Customer changed their mind") =>
        await Client.PostJson($"/api/orders/{orderId}/cancel", new { reason }).ExpectJson(HttpStatusCode.OK);

    private async Task<JsonArray> Cancellations(string query) =>
        (await Client.GetAsync($"/api/storefronts/cancellations?pageSize=500{query}").ExpectJson(HttpStatusCode.OK))["items"]!.AsArray();

    [Fact]
    public async Task An_order_cancelled_here_is_cancelled_in_its_store_once_with_the_reason_and_other_channels_are_left_alone()
    {
        var (externalId, orderId, sku1, _) = await StoreOrderPlaced();
        var apiOrder = Guid.Parse((string)(await Given.PlaceOrder(Api.Unique("API"), (sku1, 1)))["id"]!);
        StoreApi.On("POST", "/orders/*/cancel", CannedResponse.Json("""{"cancelled":true}"""));

        await CancelHere(orderId);
        await CancelHere(orderId);
        await CancelHere(apiOrder);

        var attempts = await AttemptsWhen(orderId.ToString(), a => a.Count == 1);
        Assert.Equal(("Cancellation", "Succeeded", 1), ((string?)attempts[0]!["operation"], (string?)attempts[0]!["outcome"], (int)attempts[0]!["attempt"]!));
        Assert.Contains(externalId, (string?)attempts[0]!["detail"]);
        var sent = Assert.Single(StoreApi.RequestsTo("POST", $"/orders/{externalId}/cancel"));
        Assert.Equal("Customer changed their mind", (string?)JsonNode.Parse(sent.BodyText)!["reason"]);
        var cancellation = Assert.Single(await Cancellations($"&externalOrderId={externalId}"))!;
        Assert.Equal((orderId.ToString(), StorefrontFixture.StoreId, "Pushed", 1, "Customer changed their mind"),
            ((string?)cancellation["orderId"], (string?)cancellation["store"], (string?)cancellation["status"], (int)cancellation["attempts"]!,
                (string?)cancellation["reason"]));

        await Task.Delay(1500);
        Assert.Single(StoreApi.RequestsTo("POST", "/orders/*/cancel"));
        Assert.Single(await Cancellations(""));
        Assert.Single(await Store.PushAttempts("&operation=Cancellation"));
    }

    [Fact]
    public async Task A_store_that_answers_503_to_a_cancellation_then_succeeds_gets_two_recorded_attempts()
    {
        var (externalId, orderId, _, _) = await StoreOrderPlaced();
        var calls = 0;
        StoreApi.On("POST", "/orders/*/cancel", _ => Interlocked.Increment(ref calls) == 1
            ? new CannedResponse(503, """{"errors":"busy"}""")
            : CannedResponse.Json("""{"cancelled":true}"""));

        await CancelHere(orderId);

        var attempts = await AttemptsWhen(orderId.ToString(), a => a.Count == 2);
        Assert.Equal([(1, "WillRetry", (int?)503), (2, "Succeeded", null)],
            attempts.Select(a => ((int)a!["attempt"]!, (string)a["outcome"]!, (int?)a["statusCode"])).OrderBy(a => a.Item1));
        Assert.Contains("attempt 2 of 3", (string?)attempts.Single(a => (int)a!["attempt"]! == 1)!["detail"]);
        Assert.Equal(2, StoreApi.RequestsTo("POST", $"/orders/{externalId}/cancel").Count);
        var cancellation = await Api.Eventually(() => Cancellations($"&externalOrderId={externalId}"), c => (string?)c[0]!["status"] == "Pushed");
        Assert.Equal(2, (int)cancellation[0]!["attempts"]!);
    }

    [Fact]
    public async Task A_store_that_refuses_a_cancellation_with_422_is_not_asked_again_and_the_refusal_is_shown()
    {
        var (externalId, orderId, _, _) = await StoreOrderPlaced();
        StoreApi.On("POST", "/orders/*/cancel", new CannedResponse(422, """{"errors":{"base":["Cannot cancel a fulfilled order"]}}"""));

        await CancelHere(orderId);

        await AttemptsWhen(orderId.ToString(), a => a.Count == 1);
        await Task.Delay(TimeSpan.FromSeconds(StorefrontFixture.RetryDelays + 1));
        var attempt = Assert.Single(await Store.PushAttempts($"&key={orderId}"))!;
        Assert.Equal(("Cancellation", "Failed", 422), ((string?)attempt["operation"], (string?)attempt["outcome"], (int)attempt["statusCode"]!));
        Assert.Contains("not retried", (string?)attempt["detail"]);
        Assert.Single(StoreApi.RequestsTo("POST", "/orders/*/cancel"));
        var failed = Assert.Single(await Cancellations("&status=Failed"))!;
        Assert.Equal(externalId, (string?)failed["externalOrderId"]);
        Assert.Contains("Cannot cancel a fulfilled order", (string?)failed["lastError"]);
        // The order stays cancelled here: the store's refusal is for a person to settle there.
        Assert.Equal("Cancelled", (string?)(await Given.GetOrder(orderId.ToString()))["status"]);
    }

    [Fact]
    public async Task A_cancellation_that_came_from_the_store_is_not_sent_back_to_it()
    {
        var sku = await Given.Sku();
        var id = Api.Unique("SC");
        var created = StoreScenario.Order(id, ("L1", sku, 1));
        await Store.Post("orders/create", created);
        var orderId = (string)(await Store.PlacedOrder(id))["id"]!;
        StoreApi.On("POST", "/orders/*/cancel", CannedResponse.Json("""{"cancelled":true}"""));

        await Store.Post("orders/cancelled", created with { Status = "cancelled", Cancelled = true, CancelReason = "customer", UpdatedAt = created.UpdatedAt.AddHours(1) });
        await Given.OrderInStatus(orderId, "Cancelled");
        await CancelHere(Guid.Parse(orderId));

        await Task.Delay(1500);
        Assert.Empty(StoreApi.RequestsTo("POST", "/orders/*/cancel"));
        Assert.Empty(await Cancellations(""));
        Assert.Empty(await Store.PushAttempts("&operation=Cancellation"));
    }

    [Fact]
    public async Task The_cancellation_list_refuses_an_unknown_status_with_problem_details()
    {
        var problem = await Client.GetAsync("/api/storefronts/cancellations?status=Done&pageSize=0").ExpectJson(HttpStatusCode.BadRequest);
        Assert.Contains("Pending", (string?)problem["errors"]!["status"]![0]);
        Assert.NotNull(problem["errors"]!["pageSize"]);
        await Client.GetAsync("/api/storefronts/push-attempts?operation=Invoice").ExpectJson(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Available_to_sell_changes_are_pushed_to_the_stores_that_sell_on_the_channel_newest_figure_first()
    {
        var (sku1, sku2) = (await Given.Sku(), await Given.Sku());
        StoreApi.On("POST", "/inventory", CannedResponse.Json("""{"updated":2,"unknown":[]}"""));
        StoreApi.On("POST", "/outlet/inventory", CannedResponse.Json("""{"updated":1,"unknown":[]}"""));
        var now = DateTimeOffset.UtcNow;

        await Bus.PublishAsync(new AvailableToSellChanged(sku1, StorefrontFixture.Channel, 5, now));
        await Bus.PublishAsync(new AvailableToSellChanged(sku1, StorefrontFixture.Channel, 7, now.AddSeconds(-30))); // older: loses
        await Bus.PublishAsync(new AvailableToSellChanged(sku2, StorefrontFixture.Channel, -2, now));
        await Bus.PublishAsync(new AvailableToSellChanged(sku1, StorefrontFixture.OutletId, 9, now)); // PushStock off
        await Bus.PublishAsync(new AvailableToSellChanged(sku1, "api", 4, now)); // no store sells on it

        var pushed = await Api.Eventually(() => Task.FromResult(StoreApi.RequestsTo("POST", "/inventory")
                .SelectMany(r => JsonNode.Parse(r.BodyText)!["levels"]!.AsArray()).Select(l => ((string)l!["sku"]!, (int)l["available"]!)).ToList()),
            levels => levels.Any(l => l.Item1 == sku2) && levels.Any(l => l.Item1 == sku1));
        Assert.Equal([(sku1, 5)], pushed.Where(l => l.Item1 == sku1).Distinct());
        Assert.Equal([(sku2, 0)], pushed.Where(l => l.Item1 == sku2).Distinct());
        var attempts = await Api.Eventually(() => Store.PushAttempts("&operation=Stock"), a => a.Count > 0 && a.All(x => (string?)x!["outcome"] == "Succeeded"));
        Assert.Contains(attempts, a => ((string?)a!["detail"])!.Contains($"{sku1}=5"));
        await Task.Delay(1500);
        Assert.Empty(StoreApi.RequestsTo("POST", "/outlet/inventory"));
    }
}

[Collection(StorefrontSqliteCollection.Name)]
public sealed class StorefrontSyncOnSqlite(StorefrontSqliteApp fixture) : StorefrontSyncTests(fixture);

[Collection(StorefrontPostgresCollection.Name)]
public sealed class StorefrontSyncOnPostgres(StorefrontPostgresApp fixture) : StorefrontSyncTests(fixture);
