using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Commerce.IntegrationTests.Infrastructure;
using Commerce.IntegrationTests.Warehouse;
using Commerce.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.IntegrationTests.Shipping;

/// <summary>
/// An order goes placed → allocated → picked → packed → rated → labelled → tracked → delivered, against local servers
/// speaking EasyPost's and UPS's APIs and a table-rate courier.
/// </summary>
public abstract class ShippingFlowTests(AppFixture fixture) : ApiTest(fixture)
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    private static DateOnly WorkingDaysFromToday(int days)
    {
        var date = Today;
        while (days > 0)
        {
            date = date.AddDays(1);
            if (date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) days--;
        }

        return date;
    }

    private async Task<(string OrderId, string Sku, JsonNode Shipment)> PackedOrder(int units = 2)
    {
        var floor = await new Floor(Client, Given).Build();
        var sku = await Given.Sku();
        await floor.Stock(sku, "A2-10", 10);
        await floor.StockCounted(sku, 10);
        var orderId = (string)(await Given.PlaceOrder(Api.Unique("S"), (sku, units)))["id"]!;
        await Given.OrderInStatus(orderId, "Allocated");
        await floor.ReadyWith(orderId);
        var list = (await floor.Released(new { strategy = "singleOrder" }))["pickLists"]![0]!;
        await floor.PickAll(list, Scenario.BarcodeOf);
        await floor.PackAsSuggested(orderId);
        var shipments = await Api.Eventually(
            () => Client.GetAsync($"/api/shipping/shipments?orderId={orderId}").ExpectJson(HttpStatusCode.OK),
            s => s["items"]!.AsArray().Count == 1);
        return (orderId, sku, shipments["items"]![0]!);
    }

    private Task<HttpResponseMessage> Webhook(string body, string signature)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/webhooks/carriers/{CarrierSandbox.EasyPostAccount}")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Hmac-Signature", signature);
        return App.AnonymousClient().SendAsync(request);
    }

    private async Task<JsonNode> Shipment(string id) =>
        await Client.GetAsync($"/api/shipping/shipments/{id}").ExpectJson(HttpStatusCode.OK);

    [Fact]
    public async Task A_packed_order_is_rated_labelled_tracked_and_delivered()
    {
        var (orderId, sku, shipment) = await PackedOrder();
        var id = (string)shipment["id"]!;
        Assert.Equal("Packed", (string?)shipment["status"]);
        var promised = DateOnly.Parse((string)shipment["promisedBy"]!);
        Assert.Equal(WorkingDaysFromToday(5), promised);
        Carriers.EasyPostRates(fastBy: WorkingDaysFromToday(2), cheapBy: promised);

        var quote = await Client.PostJson($"/api/shipping/shipments/{id}/quote", new { }).ExpectJson(HttpStatusCode.OK);

        // UPS answered after the budget: left out, not fatal. The cheapest service that keeps the promise wins.
        var skipped = quote["skipped"]!.AsArray().Select(s => (string)s!).ToList();
        Assert.Contains(skipped, s => s.StartsWith(CarrierSandbox.UpsAccount, StringComparison.Ordinal));
        Assert.Contains(skipped, s => s.Contains("FedEx") && s.Contains("account not enabled"));
        Assert.Contains(skipped, s => s.Contains("Express") && s.Contains("n/a"));
        var chosen = quote["chosen"]!;
        Assert.Equal((CarrierSandbox.EasyPostAccount, "GroundAdvantage", 5.10m),
            ((string)chosen["accountId"]!, (string)chosen["service"]!, (decimal)chosen["price"]!));
        Assert.True((bool)chosen["meetsPromise"]!);
        Assert.Contains(quote["options"]!.AsArray(), o => (string?)o!["accountId"] == CarrierSandbox.CourierAccount);
        var rateRequest = Carriers.EasyPost.RequestsTo("POST", "/v2/shipments").Single();
        Assert.StartsWith("Basic ", rateRequest.Header("Authorization"));
        var parcel = JsonNode.Parse(rateRequest.BodyText)!["shipment"]!["parcel"]!;
        Assert.True((decimal)parcel["weight"]! > 16, "EasyPost weighs in ounces");
        Assert.Equal("78701", (string?)JsonNode.Parse(rateRequest.BodyText)!["shipment"]!["to_address"]!["zip"]);

        var labelled = await Client.PostJson($"/api/shipping/shipments/{id}/labels", new { format = "pdf" }).ExpectJson(HttpStatusCode.OK);
        var again = await Client.PostJson($"/api/shipping/shipments/{id}/labels", new { format = "pdf" }).ExpectJson(HttpStatusCode.OK);

        Assert.Equal("Dispatched", (string?)labelled["status"]);
        var package = labelled["packages"]![0]!;
        Assert.Equal("9400100000000000000001", (string?)package["trackingNumber"]);
        Assert.Equal(5.10m, (decimal)labelled["labelCost"]!);
        Assert.Equal((string?)package["trackingNumber"], (string?)again["packages"]![0]!["trackingNumber"]);
        Assert.Single(Carriers.EasyPost.RequestsTo("POST", "/v2/shipments/shp_test1/buy"));
        var label = await Client.GetAsync($"/api/shipping/packages/{package["id"]}/label?format=pdf");
        Assert.Equal(HttpStatusCode.OK, label.StatusCode);
        Assert.StartsWith("%PDF", Encoding.ASCII.GetString(await label.Content.ReadAsByteArrayAsync()));
        await Given.OrderInStatus(orderId, "Shipped");
        var stock = await Api.Eventually(() => Given.StockBySku(sku), s => (int)s[0]!["reserved"]! == 0);
        Assert.Equal((8, 0), ((int)stock[0]!["onHand"]!, (int)stock[0]!["reserved"]!));

        var tracking = (string)package["trackingNumber"]!;
        var now = DateTimeOffset.UtcNow;
        var (forged, _) = CarrierSandbox.TrackerEvent("evt_forged", tracking, "delivered", now);
        await (await Webhook(forged, "hmac-sha256-hex=00ff")).EnsureStatus(HttpStatusCode.Unauthorized);
        Assert.Equal("PreTransit", (string?)(await Shipment(id))["packages"]![0]!["trackingStatus"]);

        var (inTransit, inTransitSignature) = CarrierSandbox.TrackerEvent("evt_1", tracking, "in_transit", now.AddHours(-5));
        await (await Webhook(inTransit, inTransitSignature)).EnsureStatus(HttpStatusCode.OK);
        Assert.Equal("InTransit", (string?)(await Shipment(id))["status"]);
        var (delivered, deliveredSignature) = CarrierSandbox.TrackerEvent("evt_2", tracking, "delivered", now.AddMinutes(-5));
        await (await Webhook(delivered, deliveredSignature)).EnsureStatus(HttpStatusCode.OK);
        var repeat = await Webhook(delivered, deliveredSignature).ExpectJson(HttpStatusCode.OK);
        Assert.True((bool)repeat["duplicate"]!);
        // A straggler from before the delivery never moves the package back.
        var (late, lateSignature) = CarrierSandbox.TrackerEvent("evt_3", tracking, "out_for_delivery", now.AddHours(-1));
        await (await Webhook(late, lateSignature)).EnsureStatus(HttpStatusCode.OK);

        var final = await Shipment(id);
        Assert.Equal("Delivered", (string?)final["status"]);
        Assert.True((bool)final["onTime"]!);
        Assert.Equal(3, final["packages"]![0]!["events"]!.AsArray().Count);
        await Given.OrderInStatus(orderId, "Delivered");
        await Client.PostJson($"/api/orders/{orderId}/cancel", new { }).ExpectJson(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_table_rate_courier_labels_with_generated_numbers_and_takes_statuses_by_csv()
    {
        var (orderId, _, shipment) = await PackedOrder();
        var id = (string)shipment["id"]!;

        var quote = await Client.PostJson($"/api/shipping/shipments/{id}/quote", new { accountId = CarrierSandbox.CourierAccount })
            .ExpectJson(HttpStatusCode.OK);
        Assert.Equal(CarrierSandbox.CourierAccount, (string?)quote["chosen"]!["accountId"]);
        var labelled = await Client.PostJson($"/api/shipping/shipments/{id}/labels", new { format = "zpl", accountId = CarrierSandbox.CourierAccount })
            .ExpectJson(HttpStatusCode.OK);
        var tracking = (string)labelled["packages"]![0]!["trackingNumber"]!;
        Assert.Matches("^CC[0-9]{12}$", tracking);
        Assert.Equal(6.50m, (decimal)labelled["labelCost"]!);
        var zpl = await Client.GetStringAsync($"/api/shipping/packages/{labelled["packages"]![0]!["id"]}/label?format=zpl");
        Assert.Contains($"^FD{tracking}^FS", zpl);

        var bad = new StringContent($"tracking_number,status,at,message,location\n{tracking},teleported,,,\n", Encoding.UTF8, "text/csv");
        await (await Client.PostAsync("/api/shipping/tracking-events/csv", bad)).EnsureStatus(HttpStatusCode.BadRequest);
        Assert.Equal("PreTransit", (string?)(await Shipment(id))["packages"]![0]!["trackingStatus"]);

        var at = DateTimeOffset.UtcNow.AddHours(-2);
        var csv = new StringContent(
            "tracking_number,status,at,message,location\n" +
            $"{tracking},in_transit,{at:O},Left the depot,\"Reno, NV\"\n" +
            $"{tracking},exception,{at.AddMinutes(30):O},Van broke down,Reno NV\n" +
            $"{tracking},delivered,{at.AddHours(1):O},Handed to customer,Austin TX\n", Encoding.UTF8, "text/csv");
        var applied = await Client.PostAsync("/api/shipping/tracking-events/csv", csv).ExpectJson(HttpStatusCode.OK);

        Assert.Equal(3, (int)applied["applied"]!);
        Assert.Equal("Delivered", (string?)(await Shipment(id))["status"]);
        await Given.OrderInStatus(orderId, "Delivered");
    }

    [Fact]
    public async Task An_address_the_carrier_rejects_is_a_clear_problem_and_the_labels_can_be_bought_later()
    {
        var (_, _, shipment) = await PackedOrder();
        var id = (string)shipment["id"]!;
        Carriers.EasyPostRates(WorkingDaysFromToday(2), WorkingDaysFromToday(3));
        await Client.PostJson($"/api/shipping/shipments/{id}/quote", new { }).ExpectJson(HttpStatusCode.OK);
        Carriers.EasyPost.On("POST", "/v2/shipments/shp_test1/buy", new CannedResponse(422,
            """{"error":{"code":"ADDRESS.VERIFY.FAILURE","message":"Unable to verify address: street not found","errors":[]}}"""));

        var refused = await Client.PostJson($"/api/shipping/shipments/{id}/labels", new { format = "pdf" })
            .ExpectJson(HttpStatusCode.UnprocessableEntity);

        Assert.Contains("street not found", (string)refused["detail"]!);
        var after = await Shipment(id);
        Assert.Equal("Packed", (string?)after["status"]);
        Assert.Null((string?)after["packages"]![0]!["trackingNumber"]);
        Carriers.EasyPostRates(WorkingDaysFromToday(2), WorkingDaysFromToday(3));
        var labelled = await Client.PostJson($"/api/shipping/shipments/{id}/labels", new { format = "pdf" }).ExpectJson(HttpStatusCode.OK);
        Assert.Equal("Dispatched", (string?)labelled["status"]);
    }

    [Fact]
    public async Task A_ups_label_is_tracked_by_polling_until_delivered()
    {
        var (orderId, _, shipment) = await PackedOrder();
        var id = (string)shipment["id"]!;
        Carriers.Ups.On("POST", "/api/rating/*/Shop", CannedResponse.Json("""
            {"RateResponse":{"Response":{"ResponseStatus":{"Code":"1","Description":"Success"}},"RatedShipment":[
              {"Service":{"Code":"03"},"BillingWeight":{"UnitOfMeasurement":{"Code":"LBS"},"Weight":"3.0"},
               "TotalCharges":{"CurrencyCode":"USD","MonetaryValue":"8.10"},"GuaranteedDelivery":{"BusinessDaysInTransit":"3"}}]}}
            """));
        Carriers.Ups.On("POST", "/api/shipments/*/ship", CannedResponse.Json("""
            {"ShipmentResponse":{"Response":{"ResponseStatus":{"Code":"1","Description":"Success"}},"ShipmentResults":{
              "ShipmentCharges":{"TotalCharges":{"CurrencyCode":"USD","MonetaryValue":"8.10"}},
              "ShipmentIdentificationNumber":"1ZTEST0000000000",
              "PackageResults":[{"TrackingNumber":"1ZTEST0390000001","ShippingLabel":{"ImageFormat":{"Code":"PNG"},
                "GraphicImage":"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="}}]}}}
            """));
        var deliveredAt = DateTimeOffset.UtcNow.AddMinutes(-30);
        Carriers.Ups.On("GET", "/api/track/v1/details/*", CannedResponse.Json($$"""
            {"trackResponse":{"shipment":[{"inquiryNumber":"1ZTEST0390000001","package":[{"trackingNumber":"1ZTEST0390000001",
              "activity":[
                {"status":{"type":"D","description":"DELIVERED","code":"KB","statusCode":"011"},"date":"{{deliveredAt:yyyyMMdd}}","time":"{{deliveredAt:HHmmss}}","gmtOffset":"+00:00",
                 "location":{"address":{"city":"Austin","stateProvince":"TX","countryCode":"US"} } },
                {"status":{"type":"I","description":"Departed from Facility","code":"DP","statusCode":"005"},"date":"{{deliveredAt.AddHours(-20):yyyyMMdd}}","time":"{{deliveredAt.AddHours(-20):HHmmss}}","gmtOffset":"+00:00",
                 "location":{"address":{"city":"Reno","stateProvince":"NV","countryCode":"US"} } }]}]}]} }
            """));

        var quote = await Client.PostJson($"/api/shipping/shipments/{id}/quote", new { accountId = CarrierSandbox.UpsAccount }).ExpectJson(HttpStatusCode.OK);
        Assert.Equal(("UPS", 8.10m), ((string)quote["chosen"]!["carrier"]!, (decimal)quote["chosen"]!["price"]!));
        var labelled = await Client.PostJson($"/api/shipping/shipments/{id}/labels", new { format = "png", accountId = CarrierSandbox.UpsAccount })
            .ExpectJson(HttpStatusCode.OK);
        Assert.Equal("1ZTEST0390000001", (string?)labelled["packages"]![0]!["trackingNumber"]);
        var shipRequest = Carriers.Ups.RequestsTo("POST", "/api/shipments/*/ship").Single();
        Assert.Equal("Bearer ups-token", shipRequest.Header("Authorization"));

        var poller = App.Services.GetRequiredService<Commerce.Shipping.Jobs.TrackingPollJob>();
        Assert.Equal(0, await poller.PollAsync(DateTimeOffset.UtcNow, CancellationToken.None));
        Assert.Equal(1, await poller.PollAsync(DateTimeOffset.UtcNow.AddHours(2), CancellationToken.None));

        var final = await Shipment(id);
        Assert.Equal("Delivered", (string?)final["status"]);
        Assert.Equal(2, final["packages"]![0]!["events"]!.AsArray().Count);
        Assert.Equal(0, await poller.PollAsync(DateTimeOffset.UtcNow.AddDays(2), CancellationToken.None));
        await Given.OrderInStatus(orderId, "Delivered");
    }

    [Fact]
    public async Task Voiding_the_labels_takes_the_order_and_its_stock_back_and_new_labels_can_be_bought()
    {
        var (orderId, sku, shipment) = await PackedOrder();
        var id = (string)shipment["id"]!;
        await Client.PostJson($"/api/shipping/shipments/{id}/quote", new { accountId = CarrierSandbox.CourierAccount }).ExpectJson(HttpStatusCode.OK);
        var first = await Client.PostJson($"/api/shipping/shipments/{id}/labels", new { format = "pdf" }).ExpectJson(HttpStatusCode.OK);
        await Given.OrderInStatus(orderId, "Shipped");
        await Api.Eventually(() => Given.StockBySku(sku), s => (int)s[0]!["onHand"]! == 8);

        var voided = await Client.PostJson($"/api/shipping/shipments/{id}/void", new { }).ExpectJson(HttpStatusCode.OK);

        Assert.Equal("Packed", (string?)voided["status"]);
        Assert.Null((string?)voided["packages"]![0]!["trackingNumber"]);
        Assert.Null((decimal?)voided["labelCost"]);
        await Given.OrderInStatus(orderId, "Allocated");
        var stock = await Api.Eventually(() => Given.StockBySku(sku), s => (int)s[0]!["onHand"]! == 10);
        Assert.Equal(2, (int)stock[0]!["reserved"]!);
        var again = await Client.PostJson($"/api/shipping/shipments/{id}/labels", new { format = "pdf" }).ExpectJson(HttpStatusCode.OK);
        Assert.Equal("Dispatched", (string?)again["status"]);
        Assert.NotEqual((string?)first["packages"]![0]!["trackingNumber"], (string?)again["packages"]![0]!["trackingNumber"]);
        await Given.OrderInStatus(orderId, "Shipped");
    }

    [Fact]
    public async Task An_order_cancelled_after_packing_gets_no_label_and_its_units_go_back_to_the_bins()
    {
        var (orderId, _, shipment) = await PackedOrder();
        var id = (string)shipment["id"]!;

        await Client.PostJson($"/api/orders/{orderId}/cancel", new { reason = "changed mind" }).ExpectJson(HttpStatusCode.OK);

        var cancelled = await Api.Eventually(() => Shipment(id), s => (string?)s["status"] == "Cancelled");
        Assert.Equal("Cancelled", (string?)cancelled["status"]);
        await Client.PostJson($"/api/shipping/shipments/{id}/quote", new { }).ExpectJson(HttpStatusCode.Conflict);
        await Client.PostJson($"/api/shipping/shipments/{id}/labels", new { format = "pdf" }).ExpectJson(HttpStatusCode.Conflict);
        var location = (string)cancelled["location"]!;
        var tasks = await Client.GetAsync($"/api/warehouse/locations/{location}/put-away-tasks").ExpectJson(HttpStatusCode.OK);
        Assert.Equal(2, tasks.AsArray().Sum(t => (int)t!["quantity"]!));
    }

    [Fact]
    public async Task A_multi_package_order_gets_one_label_per_package_under_one_shipment()
    {
        var floor = await new Floor(Client, Given).Build();
        var chair = await Given.BulkySku();
        await floor.Stock(chair, "A1-05", 5);
        await floor.StockCounted(chair, 5);
        var orderId = (string)(await Given.PlaceOrder(Api.Unique("M"), (chair, 3)))["id"]!;
        await Given.OrderInStatus(orderId, "Allocated");
        await floor.ReadyWith(orderId);
        await floor.PickAll((await floor.Released(new { strategy = "singleOrder" }))["pickLists"]![0]!, Scenario.BarcodeOf);
        // A chair of 19.7 × 15.7 × 7.9 in fits the 24 × 18 × 12 in carton one at a time: three boxes.
        var packed = await floor.PackAsSuggested(orderId);
        Assert.Equal(3, packed["packages"]!.AsArray().Count);
        var shipment = (await Api.Eventually(
            () => Client.GetAsync($"/api/shipping/shipments?orderId={orderId}").ExpectJson(HttpStatusCode.OK),
            s => s["items"]!.AsArray().Count == 1))["items"]![0]!;

        await Client.PostJson($"/api/shipping/shipments/{shipment["id"]}/quote", new { accountId = CarrierSandbox.CourierAccount }).ExpectJson(HttpStatusCode.OK);
        var labelled = await Client.PostJson($"/api/shipping/shipments/{shipment["id"]}/labels", new { format = "pdf" }).ExpectJson(HttpStatusCode.OK);

        var packages = labelled["packages"]!.AsArray();
        Assert.Equal(3, packages.Count);
        Assert.Equal(3, packages.Select(p => (string)p!["trackingNumber"]!).Distinct().Count());
        Assert.Equal(3 * 6.50m, (decimal)labelled["labelCost"]!);
        Assert.Equal("Dispatched", (string?)labelled["status"]);
        await Given.OrderInStatus(orderId, "Shipped");
    }

    [Fact]
    public async Task Bad_shipping_input_is_a_4xx_and_changes_nothing()
    {
        var (_, _, shipment) = await PackedOrder(1);
        var id = (string)shipment["id"]!;
        await Client.PostJson($"/api/shipping/shipments/{id}/labels", new { format = "pdf" }).ExpectJson(HttpStatusCode.Conflict);
        await Client.PostJson($"/api/shipping/shipments/{id}/labels", new { format = "gif" }).ExpectJson(HttpStatusCode.BadRequest);
        await Client.PostJson($"/api/shipping/shipments/{Guid.NewGuid()}/quote", new { }).ExpectJson(HttpStatusCode.NotFound);
        await Client.PostJson("/api/shipping/tracking-events", new[] { new { trackingNumber = "", status = "Delivered" } })
            .ExpectJson(HttpStatusCode.BadRequest);
        await (await Webhook("{not json", "hmac-sha256-hex=00")).EnsureStatus(HttpStatusCode.Unauthorized);
        var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/carriers/no-such-account") { Content = new StringContent("{}") };
        await (await App.AnonymousClient().SendAsync(request)).EnsureStatus(HttpStatusCode.NotFound);
        Assert.Equal("Packed", (string?)(await Shipment(id))["status"]);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ShippingFlowOnSqlite(SqliteApp fixture) : ShippingFlowTests(fixture);

[Collection(PostgresCollection.Name)]
public sealed class ShippingFlowOnPostgres(PostgresApp fixture) : ShippingFlowTests(fixture);
