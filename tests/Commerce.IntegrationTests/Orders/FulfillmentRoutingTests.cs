using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Commerce.IntegrationTests.Infrastructure;
using Commerce.IntegrationTests.Warehouse;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.IntegrationTests.Orders;

/// <summary>
/// Hybrid fulfillment: routing rules split one order between our warehouse, a 3PL (a local server speaking our partner
/// protocol) and a dropship supplier (purchase orders to a real SMTP listener), and each part ships by its own path.
/// </summary>
public abstract class FulfillmentRoutingTests(AppFixture fixture) : ApiTest(fixture)
{
    private async Task<string> Sku(string category)
    {
        var code = Api.Unique(category.ToUpperInvariant()[..3]);
        await Client.PostJson("/api/inventory/skus", new
        {
            code, name = $"{category} {code}", barcode = Scenario.BarcodeOf(code), lengthCm = 20, widthCm = 15, heightCm = 5,
            weightKg = 0.4, unitCost = 7.5, currency = "USD", category,
        }).ExpectJson(HttpStatusCode.Created);
        return code;
    }

    private Task<JsonNode> Source(string code, object body) =>
        Client.PutAsJsonAsync($"/api/orders/fulfillment-sources/{code}", body, Api.Json).ExpectJson(HttpStatusCode.OK);

    private Task<JsonNode> Rule(object body) =>
        Client.PostJson("/api/orders/routing-rules", body).ExpectJson(HttpStatusCode.Created);

    private sealed record Setup(Floor Floor, string ThirdPartyLocation, string Custom, string Standard, string Chair);

    /// <summary>Our floor holds custom items, the 3PL standard ones, the supplier ships chairs; three rules say so.</summary>
    private async Task<Setup> HybridShop()
    {
        var floor = await new Floor(Client, Given).Build();
        var thirdParty = await Given.Warehouse();
        var (custom, standard, chair) = (await Sku("custom"), await Sku("standard"), await Sku("furniture"));
        await floor.Stock(custom, "A2-10", 5);
        await floor.StockCounted(custom, 5);
        await Given.Receive(standard, thirdParty, 20);

        await Source("main", new { name = "Our warehouse", kind = "warehouse", location = floor.Location });
        await Source("dal-3pl", new { name = "Acme 3PL Dallas", kind = "thirdParty", location = thirdParty, partner = PartnerSandbox.ThirdPartyAccount });
        await Source("chair-co", new { name = "Chair Co", kind = "dropship", partner = PartnerSandbox.SupplierAccount, shipmentCost = 5 });
        await Client.PutAsJsonAsync($"/api/orders/fulfillment-sources/chair-co/items/{chair}", new { unitCost = 42.5, leadTimeDays = 3, supplierSku = "CC-9" }, Api.Json)
            .ExpectJson(HttpStatusCode.OK);

        await Rule(new { name = "Custom in-house", categories = new[] { "custom" }, sources = new[] { "main" }, allowBackorder = true });
        await Rule(new { name = "Furniture dropshipped", categories = new[] { "furniture" }, sources = new[] { "chair-co" } });
        await Rule(new { name = "Standard from the 3PL", sources = new[] { "dal-3pl" }, allowBackorder = true });
        return new Setup(floor, thirdParty, custom, standard, chair);
    }

    private static JsonNode PartOf(JsonNode order, string source) => PartOrNone(order, source)!;

    private static JsonNode? PartOrNone(JsonNode order, string source) =>
        order["fulfillments"]!.AsArray().SingleOrDefault(f => (string?)f!["source"] == source);

    [Fact]
    public async Task A_mixed_order_is_split_by_the_rules_and_each_part_ships_by_its_own_path()
    {
        var shop = await HybridShop();
        var placed = await Given.PlaceOrder(Api.Unique("MIX"), (shop.Custom, 1), (shop.Chair, 2), (shop.Standard, 3));
        var orderId = (string)placed["id"]!;

        // Routed, with the reasons kept; the 3PL and the supplier have been asked.
        var order = await Given.OrderWhen(orderId, o => (string?)o["status"] == "Allocated"
            && o["fulfillments"]!.AsArray().Count(f => (string?)f!["status"] == "requested") == 2);
        var routing = order["routing"]!.AsArray();
        Assert.Equal(["main", "chair-co", "dal-3pl"], routing.Select(r => (string)r!["source"]!));
        Assert.Contains("rule 2 'Furniture dropshipped'", (string)routing[1]!["reason"]!);
        Assert.Equal(("warehouse", "ready"), ((string)PartOf(order, "main")["kind"]!, (string)PartOf(order, "main")["status"]!));
        Assert.Equal(2, (int)order["lines"]![1]!["dropshipped"]!);

        // The 3PL got our documented request, idempotent on the fulfillment's id.
        var thirdPartyPart = PartOf(order, "dal-3pl");
        var request = await Api.Eventually(() => Task.FromResult(Partners.ThirdParty.RequestsTo("POST", "/fulfillment-requests")), r => r.Count == 1);
        Assert.Equal((string)thirdPartyPart["id"]!, request[0].Header("Idempotency-Key"));
        var sent = JsonNode.Parse(request[0].BodyText)!;
        Assert.Equal(shop.Standard, (string?)sent["lines"]![0]!["sku"]);
        Assert.Equal(3, (int)sent["lines"]![0]!["quantity"]!);
        Assert.Equal("78701", (string?)sent["shipTo"]!["postalCode"]);
        await Api.Eventually(() => Given.GetOrder(orderId), o => (string?)PartOrNone(o, "dal-3pl")?["partnerReference"] == "3PL-77");

        // The supplier got a purchase order by email.
        var supplierPart = PartOf(order, "chair-co");
        var mail = (await Api.Eventually(() => Task.FromResult(Partners.Mail.Messages),
            m => m.Any(x => x.Message.Subject?.Contains((string)supplierPart["id"]!) == true))).Single(x => x.Message.Subject?.Contains((string)supplierPart["id"]!) == true);
        Assert.Contains(PartnerSandbox.SupplierMailbox, mail.EnvelopeTo);
        Assert.Contains((string)supplierPart["id"]!, mail.Message.Subject);
        Assert.Contains(shop.Chair, mail.Message.TextBody);

        // Our warehouse ships its part: picked, packed, labelled by the courier.
        await shop.Floor.ReadyWith(orderId);
        var list = (await shop.Floor.Released(new { strategy = "singleOrder", orderIds = new[] { orderId } }))["pickLists"]![0]!;
        Assert.Single(list["lines"]!.AsArray());
        await shop.Floor.PickAll(list, Scenario.BarcodeOf);
        await shop.Floor.PackAsSuggested(orderId);
        var shipment = (await Api.Eventually(
            () => Client.GetAsync($"/api/shipping/shipments?orderId={orderId}").ExpectJson(HttpStatusCode.OK),
            s => s["items"]!.AsArray().Count == 1))["items"]![0]!;
        await Client.PostJson($"/api/shipping/shipments/{shipment["id"]}/quote", new { accountId = CarrierSandbox.CourierAccount })
            .ExpectJson(HttpStatusCode.OK);
        await Client.PostJson($"/api/shipping/shipments/{shipment["id"]}/labels", new { format = "zpl", accountId = CarrierSandbox.CourierAccount })
            .ExpectJson(HttpStatusCode.OK);
        await Given.OrderInStatus(orderId, "PartiallyShipped");

        // The 3PL confirms by signed webhook: a forged one changes nothing, a repeat is harmless.
        var (body, signature) = PartnerSandbox.Confirmation((string)thirdPartyPart["id"]!, "conf-1", "1Z999AA10123456784");
        await (await Webhook(body, "Zm9yZ2Vk")).EnsureStatus(HttpStatusCode.Unauthorized);
        Assert.Equal("requested", (string?)PartOf(await Given.GetOrder(orderId), "dal-3pl")["status"]);
        await Webhook(body, signature).ExpectJson(HttpStatusCode.OK);
        var repeat = await Webhook(body, signature).ExpectJson(HttpStatusCode.OK);
        Assert.Equal("AlreadyConfirmed", (string?)repeat["outcome"]);
        var atThirdParty = await Api.Eventually(() => Given.StockBySku(shop.Standard), s => (int)s[0]!["onHand"]! == 17);
        Assert.Equal(0, (int)atThirdParty[0]!["reserved"]!);

        // The supplier confirms through the API.
        await Client.PostJson($"/api/orders/fulfillments/{supplierPart["id"]}/shipment",
            new { carrier = "USPS", trackingNumber = "9400111899223197428490" }).ExpectJson(HttpStatusCode.OK);
        var shipped = await Given.OrderInStatus(orderId, "Shipped");
        Assert.All(shipped["fulfillments"]!.AsArray(), f => Assert.Equal("shipped", (string?)f!["status"]));
        Assert.Equal("1Z999AA10123456784", (string?)PartOf(shipped, "dal-3pl")["trackingNumber"]);
    }

    private Task<HttpResponseMessage> Webhook(string body, string signature)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/webhooks/fulfillment/{PartnerSandbox.ThirdPartyAccount}")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Commerce-Hmac-Sha256", signature);
        return App.AnonymousClient().SendAsync(request);
    }

    [Fact]
    public async Task A_3pl_part_waits_for_its_stock_and_is_requested_once_it_arrives()
    {
        var shop = await HybridShop();
        var placed = await Given.PlaceOrder(Api.Unique("BO"), (shop.Standard, 25));
        var orderId = (string)placed["id"]!;
        var waiting = await Given.OrderInStatus(orderId, "PartiallyAllocated");
        Assert.Contains("backordered at dal-3pl", (string)waiting["routing"]!.AsArray().Last()!["reason"]!);
        Assert.Empty(Partners.ThirdParty.RequestsTo("POST", "/fulfillment-requests"));

        await Given.Receive(shop.Standard, shop.ThirdPartyLocation, 5);
        var ready = await Given.OrderWhen(orderId, o => (string?)o["status"] == "Allocated" && (string?)PartOrNone(o, "dal-3pl")?["status"] == "requested");
        Assert.Equal(25, (int)PartOf(ready, "dal-3pl")["lines"]![0]!["quantity"]!);
        var request = await Api.Eventually(() => Task.FromResult(Partners.ThirdParty.RequestsTo("POST", "/fulfillment-requests")), r => r.Count == 1);
        Assert.Equal(25, (int)JsonNode.Parse(request[0].BodyText)!["lines"]![0]!["quantity"]!);
    }

    [Fact]
    public async Task A_supplier_that_refuses_mail_is_recorded_and_not_retried()
    {
        var shop = await HybridShop();
        Partners.Mail.RefuseRecipient(PartnerSandbox.SupplierMailbox);
        var orderId = (string)(await Given.PlaceOrder(Api.Unique("RF"), (shop.Chair, 1)))["id"]!;

        var order = await Given.OrderWhen(orderId, o => PartOrNone(o, "chair-co")?["lastError"] is not null);
        var part = PartOf(order, "chair-co");
        Assert.StartsWith("Rejected", (string)part["lastError"]!);
        Assert.Equal(1, (int)part["requestAttempts"]!);
        Assert.DoesNotContain(Partners.Mail.Messages, m => m.Message.Subject?.Contains((string)part["id"]!) == true);
    }

    [Fact]
    public async Task Rules_and_sources_that_name_what_does_not_exist_are_refused_and_change_nothing()
    {
        await HybridShop();
        var before = (await Client.GetAsync("/api/orders/routing-rules").ExpectJson(HttpStatusCode.OK)).AsArray().Count;

        var unknown = await Client.PostJson("/api/orders/routing-rules", new
        {
            name = "Bad", skus = new[] { "NO-SUCH-SKU" }, categories = new[] { "no-such-category" }, sources = new[] { "main", "nowhere" },
            destinations = new[] { "usa" },
        }).ExpectJson(HttpStatusCode.BadRequest);
        var errors = unknown["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("destinations[0]"));
        var unknownNames = await Client.PostJson("/api/orders/routing-rules", new
        {
            name = "Bad", skus = new[] { "NO-SUCH-SKU" }, categories = new[] { "no-such-category" }, sources = new[] { "main", "nowhere" },
        }).ExpectJson(HttpStatusCode.BadRequest);
        Assert.Equal(["categories[0]", "skus[0]", "sources[1]"], unknownNames["errors"]!.AsObject().Select(e => e.Key).Order());
        await Client.PostJson("/api/orders/routing-rules", new { name = "Backorder at a supplier", sources = new[] { "chair-co" }, allowBackorder = true })
            .ExpectJson(HttpStatusCode.BadRequest);
        await Client.PutAsJsonAsync("/api/orders/fulfillment-sources/ghost", new { name = "Ghost", kind = "thirdParty", location = "NOWHERE", partner = "nobody" }, Api.Json)
            .ExpectJson(HttpStatusCode.BadRequest);
        await Client.PutAsJsonAsync("/api/orders/routing-rules/order", new { ids = new[] { Guid.NewGuid() } }, Api.Json)
            .ExpectJson(HttpStatusCode.BadRequest);

        Assert.Equal(before, (await Client.GetAsync("/api/orders/routing-rules").ExpectJson(HttpStatusCode.OK)).AsArray().Count);
        await Client.GetAsync("/api/orders/fulfillment-sources/ghost").ExpectJson(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Rules_can_be_reordered_and_the_first_that_takes_a_line_routes_it()
    {
        var shop = await HybridShop();
        var rules = (await Client.GetAsync("/api/orders/routing-rules").ExpectJson(HttpStatusCode.OK)).AsArray();
        // "Standard from the 3PL" first: it takes every line, custom items included (the 3PL has none: backordered there).
        var reordered = await Client.PutAsJsonAsync("/api/orders/routing-rules/order",
            new { ids = new[] { rules[2]!["id"], rules[0]!["id"], rules[1]!["id"] } }, Api.Json).ExpectJson(HttpStatusCode.OK);
        Assert.Equal("Standard from the 3PL", (string?)reordered[0]!["name"]);

        var orderId = (string)(await Given.PlaceOrder(Api.Unique("RO"), (shop.Custom, 1)))["id"]!;
        var order = await Given.OrderInStatus(orderId, "Backordered");
        Assert.Equal("dal-3pl", (string?)order["routing"]![0]!["source"]);
    }

    [Fact]
    public async Task An_order_with_a_sku_we_do_not_know_is_accepted_on_hold_with_the_reason()
    {
        var sku = await Given.Sku();
        var warehouse = await Given.Warehouse();
        await Given.Receive(sku, warehouse, 5);
        var unknown = $"NOT-IN-CATALOGUE-{Guid.NewGuid():N}"[..30];

        // Through the bus (as a storefront's order arrives), the SKU check of the API does not stand in the way.
        var bus = App.Services.GetRequiredService<Wolverine.IMessageBus>();
        var accepted = await bus.InvokeAsync<Commerce.Orders.Contracts.OrderAccepted>(new Commerce.Orders.Contracts.PlaceOrder(
            "shopify", Api.Unique("H"), new("Ada", "ada@example.com", null),
            new("Ada", "1 St", null, "Austin", "TX", "78701", "US"), "standard",
            [new(sku, 1, 10m, "USD"), new(unknown, 1, 5m, "USD")]));

        var order = await Given.OrderInStatus(accepted.OrderId.ToString(), "OnHold");
        Assert.Contains(unknown, (string)order["holdReason"]!);
        var stock = (await Given.StockBySku(sku))[0]!;
        Assert.Equal(1, (int)stock["reserved"]!);

        // Someone adds the SKU to the catalogue and releases the hold: the line is looked up again and reserved.
        await Given.Sku(unknown);
        await Given.Receive(unknown, warehouse, 3);
        await Client.PostAsync($"/api/orders/{accepted.OrderId}/release-hold", null).ExpectJson(HttpStatusCode.Accepted);
        var released = await Given.OrderInStatus(accepted.OrderId.ToString(), "Allocated");
        Assert.Null(released["holdReason"]);
        await Client.PostAsync($"/api/orders/{accepted.OrderId}/release-hold", null).ExpectJson(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task An_order_whose_part_a_partner_is_shipping_cannot_be_cancelled_here()
    {
        var shop = await HybridShop();
        var orderId = (string)(await Given.PlaceOrder(Api.Unique("CX"), (shop.Chair, 1)))["id"]!;
        await Given.OrderWhen(orderId, o => (string?)PartOrNone(o, "chair-co")?["status"] == "requested");

        await Client.PostJson($"/api/orders/{orderId}/cancel", new { reason = "changed mind" }).ExpectJson(HttpStatusCode.Conflict);
        Assert.Equal("Allocated", (string?)(await Given.GetOrder(orderId))["status"]);
    }

    [Fact]
    public async Task A_confirmation_with_values_too_long_or_for_another_partner_s_request_changes_nothing()
    {
        var shop = await HybridShop();
        var orderId = (string)(await Given.PlaceOrder(Api.Unique("LV"), (shop.Chair, 1)))["id"]!;
        var part = PartOf(await Given.OrderWhen(orderId, o => (string?)PartOrNone(o, "chair-co")?["status"] == "requested"), "chair-co");

        var (tooLong, tooLongSignature) = PartnerSandbox.Confirmation((string)part["id"]!, "c-long", new string('9', 150));
        await Webhook(tooLong, tooLongSignature).ExpectJson(HttpStatusCode.BadRequest);
        // The supplier's request, confirmed by the 3PL's webhook: not the 3PL's to confirm.
        var (other, otherSignature) = PartnerSandbox.Confirmation((string)part["id"]!, "c-other", "1Z1");
        await Webhook(other, otherSignature).ExpectJson(HttpStatusCode.NotFound);
        Assert.Equal("requested", (string?)PartOf(await Given.GetOrder(orderId), "chair-co")["status"]);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class FulfillmentRoutingOnSqlite(SqliteApp fixture) : FulfillmentRoutingTests(fixture);

[Collection(PostgresCollection.Name)]
public sealed class FulfillmentRoutingOnPostgres(PostgresApp fixture) : FulfillmentRoutingTests(fixture);
