using Commerce.Integrations.Abstractions;
using System.Text;
using System.Text.Json.Nodes;
using Commerce.Integrations.Abstractions.Carriers;
using Commerce.Integrations.EasyPost.Tests.Mapping;
using Commerce.Testing;

namespace Commerce.Integrations.EasyPost.Tests.Transport;

public sealed class EasyPostAdapterTests : IAsyncLifetime
{
    private EasyPostApi _api = null!;

    public async Task InitializeAsync() => _api = await EasyPostApi.StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    private static ShipmentDetails Shipment => ShipmentRequestTests.Shipment;

    [Fact]
    public void The_plugin_declares_its_settings_and_the_adapter_its_capabilities()
    {
        var metadata = new EasyPostPlugin().Metadata;

        Assert.Equal("easypost", metadata.Key);
        Assert.Equal("EasyPost", metadata.DisplayName);
        Assert.Contains(metadata.Settings, s => s is { Name: "ApiKey", Required: true, Secret: true });
        Assert.Contains(metadata.Settings, s => s is { Name: "BaseUrl", Required: false });
        Assert.Contains(metadata.Settings, s => s is { Name: "WebhookSecret", Required: false, Secret: true });
        Assert.Equal(
            CarrierCapabilities.Rates | CarrierCapabilities.Labels | CarrierCapabilities.VoidLabels | CarrierCapabilities.Tracking
            | CarrierCapabilities.TrackingWebhooks | CarrierCapabilities.ReturnLabels,
            _api.Adapter.Capabilities);
    }

    [Fact]
    public async Task Rating_posts_a_shipment_with_basic_auth_and_ounces_and_returns_the_rates()
    {
        _api.Server.On("POST", "v2/shipments", _api.Replay("shipment_service_create"));

        var result = await _api.Adapter.RateAsync(_api.Account, Shipment, CancellationToken.None);

        Assert.Equal(3, result.Rates.Count);
        Assert.NotEmpty(result.Skipped);
        var request = Assert.Single(_api.Server.RequestsTo("POST", "v2/shipments"));
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(EasyPostApi.ApiKey + ":")), request.Header("Authorization"));
        Assert.StartsWith("application/json", request.Header("Content-Type"));
        var body = JsonNode.Parse(request.BodyText)!["shipment"]!;
        Assert.Equal(15.4m, body["parcel"]!["weight"]!.GetValue<decimal>());
        Assert.Equal(4m, body["parcel"]!["height"]!.GetValue<decimal>());
        Assert.Equal("94107", (string?)body["from_address"]!["zip"]);
        Assert.Equal("Redondo Beach", (string?)body["to_address"]!["city"]);
        Assert.Equal("PNG", (string?)body["options"]!["label_format"]);
        Assert.Equal("PKG-42", (string?)body["reference"]);
    }

    [Fact]
    public async Task A_malformed_rate_in_the_answer_is_skipped_with_a_reason()
    {
        var shipment = JsonNode.Parse(_api.Recording("shipment_service_create"))!;
        shipment["rates"]![1]!["rate"] = "free-ish";
        _api.Server.On("POST", "v2/shipments", CannedResponse.Json(shipment.ToJsonString(), 201));

        var result = await _api.Adapter.RateAsync(_api.Account, Shipment, CancellationToken.None);

        Assert.Equal(2, result.Rates.Count);
        Assert.Contains("USPS Priority: the price 'free-ish' cannot be read.", result.Skipped);
    }

    [Fact]
    public async Task Buying_a_quoted_rate_posts_its_id_and_downloads_the_label()
    {
        _api.Server.On("POST", "v2/shipments/*/buy", _api.Replay("shipment_service_buy", 1));
        var rate = new CarrierRate("acct-1", "USPS", "GroundAdvantage", 5.93m, "USD", 3, null, null,
            "rate_8350903c92904fa28de16e2d59b20d51", "shp_f27ca31de2634c1aa644881787db9967");

        var label = await _api.Adapter.BuyLabelAsync(_api.Account, new LabelPurchase(Shipment, rate, LabelFormat.Png), CancellationToken.None);

        var buy = Assert.Single(_api.Server.RequestsTo("POST", "v2/shipments/*/buy"));
        Assert.Equal("/v2/shipments/shp_f27ca31de2634c1aa644881787db9967/buy", buy.Path);
        Assert.Equal("rate_8350903c92904fa28de16e2d59b20d51", (string?)JsonNode.Parse(buy.BodyText)!["rate"]!["id"]);
        Assert.Empty(_api.Server.RequestsTo("POST", "v2/shipments"));
        Assert.Equal("9400100208271102231111", label.TrackingNumber);
        Assert.Equal(5.93m, label.Cost);
        Assert.Equal("USD", label.Currency);
        Assert.Equal("shp_f27ca31de2634c1aa644881787db9967", label.CarrierShipmentId);
        Assert.Equal(LabelFormat.Png, label.Format);
        Assert.Equal(EasyPostApi.PngLabel, label.Content);
        Assert.Equal("image/png", label.ContentType);
        var download = Assert.Single(_api.Server.RequestsTo("GET", "files/postage_label/*/*"));
        Assert.Equal("/files/postage_label/20241016/e8ec25ddd5523f4a9986f04cda1ad30e0c.png", download.Path);
    }

    [Fact]
    public async Task Buying_without_ids_creates_the_shipment_and_buys_the_cheapest_matching_rate()
    {
        _api.Server.On("POST", "v2/shipments", _api.Replay("shipment_service_buy", 0));
        _api.Server.On("POST", "v2/shipments/*/buy", _api.Replay("shipment_service_buy", 2));
        var rate = new CarrierRate("acct-1", "USPS", "GroundAdvantage", 6m, "USD", null, null, null, null, null);

        await _api.Adapter.BuyLabelAsync(_api.Account, new LabelPurchase(Shipment, rate, LabelFormat.Png), CancellationToken.None);

        var buy = Assert.Single(_api.Server.RequestsTo("POST", "v2/shipments/*/buy"));
        Assert.Equal("/v2/shipments/shp_f24a92afa0af41a0b1af21a73dbb29d2/buy", buy.Path);
        Assert.Equal("rate_b12ceb6169dc4926b215bad52faecc37", (string?)JsonNode.Parse(buy.BodyText)!["rate"]!["id"]);
    }

    [Fact]
    public async Task A_label_in_a_format_easypost_has_not_made_is_converted_then_downloaded()
    {
        _api.Server.On("POST", "v2/shipments/*/buy", _api.Replay("shipment_service_buy", 1));
        _api.Server.On("GET", "v2/shipments/*/label", _api.Replay("shipment_service_generate_label", 1));
        var rate = new CarrierRate("acct-1", "USPS", "GroundAdvantage", 5.93m, "USD", 3, null, null, "rate_1", "shp_f27ca31de2634c1aa644881787db9967");

        var label = await _api.Adapter.BuyLabelAsync(_api.Account, new LabelPurchase(Shipment, rate, LabelFormat.Zpl), CancellationToken.None);

        var convert = Assert.Single(_api.Server.RequestsTo("GET", "v2/shipments/*/label"));
        Assert.Equal("/v2/shipments/shp_f27ca31de2634c1aa644881787db9967/label", convert.Path);
        Assert.Equal("?file_format=ZPL", convert.Query);
        Assert.Equal(EasyPostApi.ZplLabel, label.Content);
        Assert.Equal("application/zpl", label.ContentType);
        Assert.Equal(LabelFormat.Zpl, label.Format);
    }

    [Fact]
    public async Task Converting_a_label_asks_for_the_format_and_downloads_it()
    {
        _api.Server.On("GET", "v2/shipments/*/label", _api.Replay("shipment_service_generate_label", 1));

        var label = await _api.Adapter.ConvertLabelAsync(_api.Account,
            new LabelConversion("shp_e9ce77b2828445ecb059f1e53ec1266c", "9400100208271102231425", LabelFormat.Zpl), CancellationToken.None);

        Assert.Equal("9400100208271102231425", label.TrackingNumber);
        Assert.Equal(EasyPostApi.ZplLabel, label.Content);
        Assert.Equal("?file_format=ZPL", Assert.Single(_api.Server.RequestsTo("GET", "v2/shipments/*/label")).Query);
    }

    [Fact]
    public async Task A_return_label_is_a_new_shipment_marked_as_a_return()
    {
        _api.Server.On("POST", "v2/shipments", _api.Replay("shipment_service_buy", 0));
        _api.Server.On("POST", "v2/shipments/*/buy", _api.Replay("shipment_service_buy", 2));
        var rate = new CarrierRate("acct-1", "USPS", "GroundAdvantage", 5.93m, "USD", 3, null, null, "rate_old", "shp_old");

        var label = await _api.Adapter.BuyReturnLabelAsync(_api.Account, new LabelPurchase(Shipment, rate, LabelFormat.Png), CancellationToken.None);

        var create = JsonNode.Parse(Assert.Single(_api.Server.RequestsTo("POST", "v2/shipments")).BodyText)!["shipment"]!;
        Assert.True(create["is_return"]!.GetValue<bool>());
        Assert.Equal("Jack Sparrow", (string?)create["from_address"]!["name"]);
        Assert.Equal("/v2/shipments/shp_f24a92afa0af41a0b1af21a73dbb29d2/buy", Assert.Single(_api.Server.RequestsTo("POST", "v2/shipments/*/buy")).Path);
        Assert.Equal(EasyPostApi.PngLabel, label.Content);
    }

    [Fact]
    public async Task Voiding_posts_a_refund_for_the_shipment()
    {
        _api.Server.On("POST", "v2/shipments/*/refund", _api.Replay("shipment_service_refund", 1));

        await _api.Adapter.VoidLabelAsync(_api.Account, new LabelToVoid("shp_8df2495df6c64b15913ac3dadcc99dd8", "9400"), CancellationToken.None);

        Assert.Equal("/v2/shipments/shp_8df2495df6c64b15913ac3dadcc99dd8/refund",
            Assert.Single(_api.Server.RequestsTo("POST", "v2/shipments/*/refund")).Path);
    }

    [Theory]
    [InlineData("rejected")]
    [InlineData("not_applicable")]
    public async Task A_refused_refund_is_rejected(string refundStatus)
    {
        var shipment = JsonNode.Parse(_api.Recording("shipment_service_refund", 1))!;
        shipment["refund_status"] = refundStatus;
        _api.Server.On("POST", "v2/shipments/*/refund", CannedResponse.Json(shipment.ToJsonString()));

        var error = await Assert.ThrowsAsync<CarrierException>(() =>
            _api.Adapter.VoidLabelAsync(_api.Account, new LabelToVoid("shp_8df2495df6c64b15913ac3dadcc99dd8", "9400"), CancellationToken.None));

        Assert.Equal(CarrierErrorKind.Rejected, error.Kind);
        Assert.Contains(refundStatus, error.Message);
    }

    [Fact]
    public async Task Tracking_posts_a_tracker_for_the_code_and_reads_it()
    {
        _api.Server.On("POST", "v2/trackers", _api.Replay("tracker_service_create"));

        var info = await _api.Adapter.TrackAsync(_api.Account, "EZ1000000001", CancellationToken.None);

        var body = JsonNode.Parse(Assert.Single(_api.Server.RequestsTo("POST", "v2/trackers")).BodyText)!;
        Assert.Equal("EZ1000000001", (string?)body["tracker"]!["tracking_code"]);
        Assert.Equal("EZ1000000001", info.TrackingNumber);
        Assert.Equal(TrackingStatus.PreTransit, info.Status);
        Assert.NotEmpty(info.Events);
    }

    [Fact]
    public async Task A_503_then_a_200_is_retried_and_succeeds()
    {
        var calls = 0;
        _api.Server.On("POST", "v2/shipments", _ => Interlocked.Increment(ref calls) == 1
            ? new CannedResponse(503, """{"error":{"code":"SERVICE.UNAVAILABLE","message":"try later"}}""")
            : _api.Replay("shipment_service_create"));

        var result = await _api.Adapter.RateAsync(_api.Account, Shipment, CancellationToken.None);

        Assert.Equal(3, result.Rates.Count);
        Assert.Equal(2, _api.Server.RequestsTo("POST", "v2/shipments").Count);
        Assert.All(_api.Server.RequestsTo("POST", "v2/shipments"), r => Assert.Contains("\"parcel\"", r.BodyText));
    }

    [Fact]
    public async Task A_429_with_retry_after_is_retried_after_the_wait()
    {
        var calls = 0;
        _api.Server.On("POST", "v2/trackers", _ => Interlocked.Increment(ref calls) == 1
            ? new CannedResponse(429, "", Headers: new Dictionary<string, string> { ["Retry-After"] = "1" })
            : _api.Replay("tracker_service_create"));
        var started = TimeProvider.System.GetTimestamp();

        var info = await _api.Adapter.TrackAsync(_api.Account, "EZ1000000001", CancellationToken.None);

        Assert.Equal("EZ1000000001", info.TrackingNumber);
        Assert.Equal(2, _api.Server.RequestsTo("POST", "v2/trackers").Count);
        Assert.True(TimeProvider.System.GetElapsedTime(started) >= TimeSpan.FromSeconds(0.9));
    }

    [Fact]
    public async Task A_422_is_not_retried_and_is_rejected_with_easyposts_message_and_code()
    {
        _api.Server.On("POST", "v2/shipments", _api.Replay("exceptions_bad_parameters"));

        var error = await Assert.ThrowsAsync<CarrierException>(() => _api.Adapter.RateAsync(_api.Account, Shipment, CancellationToken.None));

        Assert.Equal(CarrierErrorKind.Rejected, error.Kind);
        Assert.Equal("PARAMETER.REQUIRED", error.CarrierCode);
        Assert.Contains("Missing required parameter. (shipment: cannot be blank)", error.Message);
        Assert.DoesNotContain(EasyPostApi.ApiKey, error.Message);
        Assert.Single(_api.Server.RequestsTo("POST", "v2/shipments"));
    }

    [Fact]
    public async Task A_server_that_keeps_failing_is_unavailable_after_the_retries()
    {
        _api.Server.On("POST", "v2/trackers", new CannedResponse(503, "<html>unavailable</html>", "text/html"));

        var error = await Assert.ThrowsAsync<CarrierException>(() => _api.Adapter.TrackAsync(_api.Account, "EZ1", CancellationToken.None));

        Assert.Equal(CarrierErrorKind.Unavailable, error.Kind);
        Assert.Equal(4, _api.Server.RequestsTo("POST", "v2/trackers").Count);
    }

    [Fact]
    public async Task A_post_answered_with_a_bad_gateway_is_not_repeated_because_it_may_have_bought_a_label()
    {
        _api.Server.On("POST", "v2/trackers", new CannedResponse(502, "<html>bad gateway</html>", "text/html"));

        var error = await Assert.ThrowsAsync<CarrierException>(() => _api.Adapter.TrackAsync(_api.Account, "EZ1", CancellationToken.None));

        Assert.Equal(CarrierErrorKind.Unavailable, error.Kind);
        Assert.Single(_api.Server.RequestsTo("POST", "v2/trackers"));
    }

    [Fact]
    public async Task A_success_that_is_not_json_is_malformed()
    {
        _api.Server.On("POST", "v2/trackers", new CannedResponse(200, "<html>ok</html>", "text/html"));

        var error = await Assert.ThrowsAsync<CarrierException>(() => _api.Adapter.TrackAsync(_api.Account, "EZ1", CancellationToken.None));

        Assert.Equal(CarrierErrorKind.Malformed, error.Kind);
    }

    [Fact]
    public async Task An_account_without_an_api_key_is_a_configuration_error_before_any_call()
    {
        var account = new CarrierAccount("acct-2", "easypost", new Dictionary<string, string> { ["BaseUrl"] = _api.Server.Address + "v2/" });

        var error = await Assert.ThrowsAsync<CarrierException>(() => _api.Adapter.TrackAsync(account, "EZ1", CancellationToken.None));

        Assert.Equal(CarrierErrorKind.Configuration, error.Kind);
        Assert.Empty(_api.Server.Requests);
    }

    [Fact]
    public void A_webhook_delivery_is_parsed_into_tracking_updates()
    {
        var webhook = _api.Adapter.ParseWebhook(new WebhookDelivery(new Dictionary<string, string>(), Recorded.File("webhook-event-tracker-updated.body.json")));

        Assert.Equal("evt_1", webhook.EventId);
        Assert.Equal(TrackingStatus.InTransit, Assert.Single(webhook.Updates).Status);
    }
}
