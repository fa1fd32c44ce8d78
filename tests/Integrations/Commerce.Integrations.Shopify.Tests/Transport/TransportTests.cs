using System.Collections.Concurrent;
using Commerce.Integrations.Abstractions.Storefronts;
using Commerce.Integrations.Shopify.Api;
using Commerce.Testing;

namespace Commerce.Integrations.Shopify.Tests.Transport;

/// <summary>How the transport meets Shopify's limits and failures, through the retry policy the plugin registers.</summary>
public sealed class TransportTests : IAsyncLifetime
{
    private const string Cursor = "2025-11-20T00:00:00Z";
    private ShopifyApi _api = null!;

    public async Task InitializeAsync() => _api = await ShopifyApi.StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public void The_plugin_declares_its_settings_and_the_connector_every_capability()
    {
        var metadata = new ShopifyPlugin().Metadata;

        Assert.Equal("shopify", metadata.Key);
        Assert.Equal("Shopify", metadata.DisplayName);
        Assert.Contains(metadata.Settings, s => s is { Name: "ShopDomain", Required: true, Secret: false });
        Assert.Contains(metadata.Settings, s => s is { Name: "AccessToken", Required: true, Secret: true });
        Assert.Contains(metadata.Settings, s => s is { Name: "WebhookSecret", Required: true, Secret: true });
        Assert.Contains(metadata.Settings, s => s is { Name: "PreviousWebhookSecret", Required: false, Secret: true });
        Assert.Contains(metadata.Settings, s => s is { Name: "LocationId", Required: false });
        Assert.Contains(metadata.Settings, s => s is { Name: "ApiVersion", Required: false });
        Assert.Contains(metadata.Settings, s => s is { Name: "BaseUrl", Required: false });
        Assert.Contains(metadata.Settings, s => s is { Name: "PullLookbackDays", Required: false });
        Assert.Equal(
            StorefrontCapabilities.Webhooks | StorefrontCapabilities.PullOrders | StorefrontCapabilities.PushFulfillment
            | StorefrontCapabilities.PushStock | StorefrontCapabilities.PushRefund | StorefrontCapabilities.CancelOrder,
            _api.Connector.Capabilities);
        Assert.Same(metadata, _api.Connector.Metadata);
    }

    [Fact]
    public void The_api_lives_under_the_shop_domain_and_version_unless_a_base_url_is_given()
    {
        var store = _api.StoreWith(("BaseUrl", null));

        Assert.Equal("https://acme.myshopify.com/admin/api/2025-10/", ShopifyClient.BaseUrlOf(store).AbsoluteUri);
        Assert.Equal("https://acme.myshopify.com/admin/api/2026-01/",
            ShopifyClient.BaseUrlOf(_api.StoreWith(("BaseUrl", null), ("ApiVersion", "2026-01"), ("ShopDomain", "https://acme.myshopify.com/"))).AbsoluteUri);
        Assert.Equal(_api.Server.Address + "admin/api/2025-10/", ShopifyClient.BaseUrlOf(_api.Store).AbsoluteUri);
    }

    [Theory]
    [InlineData("AccessToken", null)]
    [InlineData("ShopDomain", "acme.myshopify.com/evil?x=")]
    [InlineData("ApiVersion", "latest")]
    [InlineData("PullLookbackDays", "a week")]
    public async Task A_missing_or_wrong_setting_is_a_configuration_error_before_any_call(string setting, string? value)
    {
        var store = setting is "ShopDomain" or "ApiVersion"
            ? _api.StoreWith(("BaseUrl", null), (setting, value))
            : _api.StoreWith((setting, value));

        var error = await Assert.ThrowsAsync<StorefrontException>(() => _api.Connector.PullOrdersAsync(store, null, CancellationToken.None));

        Assert.Equal(StorefrontErrorKind.Configuration, error.Kind);
        Assert.Contains(setting, error.Message);
        Assert.DoesNotContain(ShopifyApi.Token, error.Message);
        Assert.Empty(_api.Server.Requests);
    }

    [Fact]
    public async Task A_429_is_retried_after_shopifys_fractional_retry_after()
    {
        var calls = 0;
        _api.On("GET", "orders.json", _ => Interlocked.Increment(ref calls) == 1
            ? new CannedResponse(429, """{"errors":"Exceeded 2 calls per second for api client. Reduce request rates to resume uninterrupted service."}""",
                Headers: new Dictionary<string, string> { ["Retry-After"] = "1.0", ["X-Shopify-Shop-Api-Call-Limit"] = "40/40" })
            : CannedResponse.Json("""{"orders":[]}"""));
        var started = TimeProvider.System.GetTimestamp();

        var page = await _api.Connector.PullOrdersAsync(_api.Store, Cursor, CancellationToken.None);

        Assert.Empty(page.Orders);
        Assert.Equal(2, _api.Sent("GET", "orders.json").Count);
        Assert.True(TimeProvider.System.GetElapsedTime(started) >= TimeSpan.FromSeconds(0.9));
    }

    [Fact]
    public async Task A_post_answered_429_is_retried_because_shopify_did_not_act_on_it()
    {
        _api.On("GET", "orders/450789469.json", """{"order":{"id": 450789469, "cancelled_at": null}}""");
        var calls = 0;
        _api.On("POST", "orders/*/cancel.json", _ => Interlocked.Increment(ref calls) == 1
            ? new CannedResponse(429, "", Headers: new Dictionary<string, string> { ["Retry-After"] = "1" })
            : CannedResponse.Json(Recorded.Text("rest-admin/order.json")));

        await _api.Connector.CancelOrderAsync(_api.Store, "450789469", "fraud", CancellationToken.None);

        var posts = _api.Sent("POST", "orders/*/cancel.json");
        Assert.Equal(2, posts.Count);
        Assert.All(posts, p => Assert.Equal("""{"reason":"fraud"}""", p.BodyText));
    }

    [Fact]
    public async Task A_422_is_rejected_with_shopifys_errors_and_not_retried()
    {
        _api.On("GET", "orders.json", """{"errors":{"updated_at_min":["is not a valid date"]}}""", 422);

        var error = await Assert.ThrowsAsync<StorefrontException>(() => _api.Connector.PullOrdersAsync(_api.Store, Cursor, CancellationToken.None));

        Assert.Equal(StorefrontErrorKind.Rejected, error.Kind);
        Assert.Equal(422, error.StatusCode);
        Assert.Equal("Shopify answered GET /admin/api/2025-10/orders.json with HTTP 422: updated_at_min: is not a valid date", error.Message);
        Assert.Single(_api.Sent("GET", "orders.json"));
    }

    [Fact]
    public async Task A_store_that_keeps_failing_is_unavailable_after_the_retries()
    {
        _api.On("GET", "orders.json", new CannedResponse(500, "<html>Internal Server Error</html>", "text/html"));

        var error = await Assert.ThrowsAsync<StorefrontException>(() => _api.Connector.PullOrdersAsync(_api.Store, Cursor, CancellationToken.None));

        Assert.Equal(StorefrontErrorKind.Unavailable, error.Kind);
        Assert.Equal(500, error.StatusCode);
        Assert.Equal(4, _api.Sent("GET", "orders.json").Count);
        Assert.DoesNotContain(ShopifyApi.Token, error.Message);
    }

    [Fact]
    public async Task A_post_answered_with_a_server_error_is_not_repeated_because_shopify_may_have_acted()
    {
        _api.On("GET", "orders/450789469.json", """{"order":{"id": 450789469, "cancelled_at": null}}""");
        _api.On("POST", "orders/*/cancel.json", new CannedResponse(502, "<html>Bad Gateway</html>", "text/html"));

        var error = await Assert.ThrowsAsync<StorefrontException>(() =>
            _api.Connector.CancelOrderAsync(_api.Store, "450789469", null, CancellationToken.None));

        Assert.Equal(StorefrontErrorKind.Unavailable, error.Kind);
        Assert.Single(_api.Sent("POST", "orders/*/cancel.json"));
    }

    [Fact]
    public async Task A_success_that_is_not_json_is_malformed()
    {
        _api.On("GET", "orders.json", new CannedResponse(200, "<html>Your store is password protected</html>", "text/html"));

        var error = await Assert.ThrowsAsync<StorefrontException>(() => _api.Connector.PullOrdersAsync(_api.Store, Cursor, CancellationToken.None));

        Assert.Equal(StorefrontErrorKind.Malformed, error.Kind);
    }

    [Fact]
    public async Task An_unreachable_store_is_unavailable()
    {
        var closed = await LocalHttpServer.StartAsync();
        var address = closed.Address;
        await closed.DisposeAsync();

        var error = await Assert.ThrowsAsync<StorefrontException>(() =>
            _api.Connector.PullOrdersAsync(_api.StoreWith(("BaseUrl", address + "admin/api/2025-10/")), Cursor, CancellationToken.None));

        Assert.Equal(StorefrontErrorKind.Unavailable, error.Kind);
        Assert.Null(error.StatusCode);
    }

    [Fact]
    public async Task A_nearly_full_call_bucket_holds_the_next_call_to_the_store()
    {
        var arrivals = new ConcurrentQueue<long>();
        _api.On("GET", "orders.json", _ =>
        {
            arrivals.Enqueue(TimeProvider.System.GetTimestamp());
            // 37 of 40: two places over the last tenth, so the next call waits a second.
            return new CannedResponse(200, """{"orders":[]}""", Headers: new Dictionary<string, string> { ["X-Shopify-Shop-Api-Call-Limit"] = "37/40" });
        });

        await _api.Connector.PullOrdersAsync(_api.Store, Cursor, CancellationToken.None);
        await _api.Connector.PullOrdersAsync(_api.Store, Cursor, CancellationToken.None);

        var times = arrivals.ToArray();
        Assert.Equal(2, times.Length);
        Assert.True(TimeProvider.System.GetElapsedTime(times[0], times[1]) >= TimeSpan.FromSeconds(0.9));
    }
}
