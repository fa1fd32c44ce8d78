using System.Net;
using System.Net.Sockets;
using Commerce.Integrations.Abstractions.Storefronts;
using Commerce.Testing;

namespace Commerce.Integrations.WooCommerce.Tests.Transport;

public sealed class TransportTests : IAsyncLifetime
{
    private WooCommerceApi _api = null!;

    public async Task InitializeAsync() => _api = await WooCommerceApi.StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    private Task Cancel(StoreAccount? store = null) => _api.Connector.CancelOrderAsync(store ?? _api.Store, "727", null, CancellationToken.None);

    private Task Pull(StoreAccount? store = null) => _api.Connector.PullOrdersAsync(store ?? _api.Store, null, CancellationToken.None);

    [Fact]
    public void The_plugin_declares_its_settings_and_the_connector_every_capability()
    {
        var metadata = new WooCommercePlugin().Metadata;

        Assert.Equal(("woocommerce", "WooCommerce"), (metadata.Key, metadata.DisplayName));
        Assert.Contains(metadata.Settings, s => s is { Name: "BaseUrl", Required: true, Secret: false });
        Assert.Contains(metadata.Settings, s => s is { Name: "ConsumerKey", Required: true, Secret: true });
        Assert.Contains(metadata.Settings, s => s is { Name: "ConsumerSecret", Required: true, Secret: true });
        Assert.Contains(metadata.Settings, s => s is { Name: "QueryStringAuth", Required: false });
        Assert.Contains(metadata.Settings, s => s is { Name: "WebhookSecret", Required: false, Secret: true });
        Assert.Contains(metadata.Settings, s => s is { Name: "PreviousWebhookSecret", Required: false, Secret: true });
        Assert.Contains(metadata.Settings, s => s is { Name: "RecordRefundsOnly", Required: false });
        Assert.Contains(metadata.Settings, s => s is { Name: "PullLookbackDays", Required: false });
        Assert.Equal(
            StorefrontCapabilities.Webhooks | StorefrontCapabilities.PullOrders | StorefrontCapabilities.PushFulfillment
            | StorefrontCapabilities.PushStock | StorefrontCapabilities.PushRefund | StorefrontCapabilities.CancelOrder,
            _api.Registered.Capabilities);
        Assert.Same(metadata, _api.Registered.Metadata);
    }

    [Fact]
    public async Task Query_string_auth_sends_the_key_and_secret_as_parameters_and_no_authorization_header()
    {
        _api.On("GET", "orders", WooCommerceApi.Page("[]", totalPages: 0));

        await Pull(_api.StoreWith(("QueryStringAuth", "True")));

        var request = Assert.Single(_api.RequestsTo("GET", "orders"));
        Assert.Null(request.Header("Authorization"));
        var query = WooCommerceApi.Query(request);
        Assert.Equal((WooCommerceApi.ConsumerKey, WooCommerceApi.ConsumerSecret), (query["consumer_key"], query["consumer_secret"]));
        Assert.Equal("modified", query["orderby"]);
    }

    [Fact]
    public async Task A_base_url_under_a_sub_folder_keeps_it()
    {
        _api.Server.On("PUT", "shop/wp-json/wc/v3/orders/*", WooCommerceApi.Fixture("rest-v3/orders-update-status.response.json"));

        await Cancel(_api.StoreWith(("BaseUrl", _api.Server.Address + "shop")));

        Assert.Equal("/shop/wp-json/wc/v3/orders/727", Assert.Single(_api.Server.Requests).Path);
    }

    [Fact]
    public async Task A_429_with_retry_after_is_retried_after_the_wait()
    {
        var calls = 0;
        _api.On("GET", "orders", _ => Interlocked.Increment(ref calls) == 1
            ? new CannedResponse(429, """{"code":"too_many_requests","message":"Slow down.","data":{"status":429}}""",
                Headers: new Dictionary<string, string> { ["Retry-After"] = "1" })
            : WooCommerceApi.Page(Recorded.Text(Recorded.List), totalPages: 1));
        var started = TimeProvider.System.GetTimestamp();

        await Pull();

        Assert.Equal(2, _api.RequestsTo("GET", "orders").Count);
        Assert.True(TimeProvider.System.GetElapsedTime(started) >= TimeSpan.FromSeconds(0.9));
    }

    [Fact]
    public async Task A_400_is_rejected_with_woocommerces_code_and_message_and_not_retried()
    {
        _api.On("PUT", "orders/*", new CannedResponse(400,
            """{"code":"woocommerce_rest_shop_order_invalid_id","message":"Invalid ID.","data":{"status":400}}"""));

        var error = await Assert.ThrowsAsync<StorefrontException>(() => Cancel());

        Assert.Equal(StorefrontErrorKind.Rejected, error.Kind);
        Assert.Equal(400, error.StatusCode);
        Assert.Equal("WooCommerce answered PUT orders/727 with HTTP 400: Invalid ID. (woocommerce_rest_shop_order_invalid_id).", error.Message);
        Assert.Single(_api.RequestsTo("PUT", "orders/*"));
    }

    [Theory]
    [InlineData("rest-v3/error-example-1.json", "No route was found matching the URL and request method (rest_no_route)")]
    [InlineData("rest-v3/error-example-2.json", "Resource doesn't exist. (woocommerce_rest_term_invalid)")]
    public async Task A_documented_404_is_rejected_with_its_message(string fixture, string message)
    {
        _api.On("GET", "orders", WooCommerceApi.Fixture(fixture, 404));

        var error = await Assert.ThrowsAsync<StorefrontException>(() => Pull());

        Assert.Equal((StorefrontErrorKind.Rejected, 404), (error.Kind, error.StatusCode));
        Assert.Contains(message, error.Message);
        Assert.Single(_api.RequestsTo("GET", "orders"));
    }

    [Fact]
    public async Task Wrong_credentials_are_rejected_and_the_message_holds_no_secret()
    {
        _api.On("GET", "orders", new CannedResponse(401,
            """{"code":"woocommerce_rest_cannot_view","message":"Sorry, you cannot list resources.","data":{"status":401}}"""));

        var basic = await Assert.ThrowsAsync<StorefrontException>(() => Pull());
        var query = await Assert.ThrowsAsync<StorefrontException>(() => Pull(_api.StoreWith(("QueryStringAuth", "true"))));

        foreach (var error in new[] { basic, query })
        {
            Assert.Equal((StorefrontErrorKind.Rejected, 401), (error.Kind, error.StatusCode));
            Assert.DoesNotContain(WooCommerceApi.ConsumerSecret, error.ToString());
            Assert.DoesNotContain(WooCommerceApi.ConsumerKey, error.ToString());
        }
    }

    [Fact]
    public async Task A_read_that_keeps_failing_with_500s_is_unavailable_after_the_retries()
    {
        _api.On("GET", "orders", new CannedResponse(500, """{"code":"internal_server_error","message":"There has been a critical error on this website.","data":{"status":500}}"""));

        var error = await Assert.ThrowsAsync<StorefrontException>(() => Pull());

        Assert.Equal((StorefrontErrorKind.Unavailable, 500), (error.Kind, error.StatusCode));
        Assert.Equal(4, _api.RequestsTo("GET", "orders").Count);
    }

    [Fact]
    public async Task A_500_then_a_200_on_an_idempotent_put_is_retried_and_succeeds()
    {
        var calls = 0;
        _api.On("PUT", "orders/*", _ => Interlocked.Increment(ref calls) == 1
            ? new CannedResponse(500, "<html>Error establishing a database connection</html>", "text/html")
            : WooCommerceApi.Fixture("rest-v3/orders-update-status.response.json"));

        await Cancel();

        Assert.Equal(2, _api.RequestsTo("PUT", "orders/*").Count);
    }

    [Fact]
    public async Task A_post_answered_with_a_500_is_not_repeated_because_it_may_have_written_the_note()
    {
        _api.On("GET", "orders/*/notes", WooCommerceApi.Page("[]", totalPages: 1));
        _api.On("POST", "orders/*/notes", new CannedResponse(500, "<html>critical error</html>", "text/html"));
        var shipment = new FulfillmentPush("shp-1", "727", "DHL", "JD014600006281230704", null, []);

        var error = await Assert.ThrowsAsync<StorefrontException>(() => _api.Connector.PushFulfillmentAsync(_api.Store, shipment, CancellationToken.None));

        Assert.Equal(StorefrontErrorKind.Unavailable, error.Kind);
        Assert.Single(_api.RequestsTo("POST", "orders/*/notes"));
        Assert.Empty(_api.RequestsTo("PUT", "orders/*"));
    }

    [Fact]
    public async Task A_success_that_is_not_json_is_malformed()
    {
        // WordPress prints PHP notices ahead of the JSON when display_errors is on.
        _api.On("GET", "orders", new CannedResponse(200, "<br />\n<b>Notice</b>: Undefined index<br />\n[]", "application/json"));

        var error = await Assert.ThrowsAsync<StorefrontException>(() => Pull());

        Assert.Equal(StorefrontErrorKind.Malformed, error.Kind);
    }

    [Fact]
    public async Task A_store_that_cannot_be_reached_is_unavailable()
    {
        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        var error = await Assert.ThrowsAsync<StorefrontException>(() => Cancel(_api.StoreWith(("BaseUrl", $"http://127.0.0.1:{port}/"))));

        Assert.Equal(StorefrontErrorKind.Unavailable, error.Kind);
        Assert.Null(error.StatusCode);
    }

    [Theory]
    [InlineData("ConsumerKey", null)]
    [InlineData("ConsumerSecret", "")]
    [InlineData("BaseUrl", null)]
    [InlineData("BaseUrl", "shop.example.com")]
    [InlineData("BaseUrl", "http://shop.example.com/")]
    [InlineData("BaseUrl", "https://shop.example.com/?rest_route=")]
    [InlineData("BaseUrl", "https://admin:pw@shop.example.com/")]
    [InlineData("QueryStringAuth", "yes")]
    [InlineData("RecordRefundsOnly", "1")]
    [InlineData("PullLookbackDays", "-3")]
    public async Task A_missing_or_wrong_setting_is_a_configuration_error_before_any_call(string setting, string? value)
    {
        var error = await Assert.ThrowsAsync<StorefrontException>(() => Pull(_api.StoreWith((setting, value))));

        Assert.Equal(StorefrontErrorKind.Configuration, error.Kind);
        Assert.Contains($"'{setting}'", error.Message);
        Assert.Empty(_api.Server.Requests);
    }
}
