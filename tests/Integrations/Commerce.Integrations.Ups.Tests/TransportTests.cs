using System.Diagnostics;
using System.Text;
using Commerce.Integrations.Abstractions.Carriers;
using Commerce.Testing;

namespace Commerce.Integrations.Ups.Tests;

public class TransportTests
{
    private const string Number = "1ZTEST0390000001";
    private const string TrackRoute = "/api/track/v1/details/*";
    private const string RateRoute = "/api/rating/v2409/Shop";

    [Fact]
    public async Task The_token_is_fetched_once_with_basic_auth_and_reused_across_calls()
    {
        await using var ups = await FakeUps.StartAsync();
        ups.Server.On("GET", TrackRoute, CannedResponse.Json(Samples.Payload("track_in_transit.json")));

        await ups.Adapter.TrackAsync(ups.Account, Number, CancellationToken.None);
        await ups.Adapter.TrackAsync(ups.Account, Number, CancellationToken.None);

        var token = Assert.Single(ups.TokenRequests);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("test-client:s3cret-value")), token.Header("Authorization"));
        Assert.Equal("grant_type=client_credentials", token.BodyText);
        Assert.StartsWith("application/x-www-form-urlencoded", token.Header("Content-Type"));
        Assert.Equal("A1B2C3", token.Header("x-merchant-id"));
    }

    [Fact]
    public async Task Each_api_call_carries_the_bearer_token_and_its_own_transId()
    {
        await using var ups = await FakeUps.StartAsync();
        ups.Server.On("GET", TrackRoute, CannedResponse.Json(Samples.Payload("track_in_transit.json")));

        await ups.Adapter.TrackAsync(ups.Account, Number, CancellationToken.None);
        await ups.Adapter.TrackAsync(ups.Account, Number, CancellationToken.None);

        var calls = ups.Server.RequestsTo("GET", TrackRoute);
        Assert.Equal(2, calls.Count);
        Assert.All(calls, c => Assert.Equal("Bearer ACCESS-TOKEN-1", c.Header("Authorization")));
        Assert.All(calls, c => Assert.False(string.IsNullOrEmpty(c.Header("transactionSrc"))));
        var transIds = calls.Select(c => c.Header("transId")).ToList();
        Assert.All(transIds, id => Assert.False(string.IsNullOrEmpty(id)));
        Assert.Equal(2, transIds.Distinct().Count());
        Assert.Equal($"/api/track/v1/details/{Number}", calls[0].Path);
    }

    [Fact]
    public async Task Concurrent_first_calls_share_one_token_request()
    {
        await using var ups = await FakeUps.StartAsync();
        ups.Server.On("POST", FakeUps.TokenRoute, new CannedResponse(200, Samples.Payload("token.json"), Delay: TimeSpan.FromMilliseconds(200)));
        ups.Server.On("GET", TrackRoute, CannedResponse.Json(Samples.Payload("track_in_transit.json")));

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => ups.Adapter.TrackAsync(ups.Account, Number, CancellationToken.None)));

        Assert.Single(ups.TokenRequests);
        Assert.Equal(8, ups.Server.RequestsTo("GET", TrackRoute).Count);
    }

    [Fact]
    public async Task A_token_is_fetched_again_once_it_is_about_to_expire()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));
        await using var ups = await FakeUps.StartAsync(clock);
        ups.Server.On("GET", TrackRoute, CannedResponse.Json(Samples.Payload("track_in_transit.json")));

        await ups.Adapter.TrackAsync(ups.Account, Number, CancellationToken.None);
        clock.Now += TimeSpan.FromSeconds(14399 - 90);
        await ups.Adapter.TrackAsync(ups.Account, Number, CancellationToken.None);
        Assert.Single(ups.TokenRequests);

        clock.Now += TimeSpan.FromSeconds(60);
        await ups.Adapter.TrackAsync(ups.Account, Number, CancellationToken.None);

        Assert.Equal(2, ups.TokenRequests.Count);
        Assert.Equal("Bearer ACCESS-TOKEN-2", ups.Server.RequestsTo("GET", TrackRoute)[^1].Header("Authorization"));
    }

    [Fact]
    public async Task Each_account_has_its_own_token()
    {
        await using var ups = await FakeUps.StartAsync();
        ups.Server.On("GET", TrackRoute, CannedResponse.Json(Samples.Payload("track_in_transit.json")));

        await ups.Adapter.TrackAsync(ups.Account, Number, CancellationToken.None);
        await ups.Adapter.TrackAsync(Samples.Account(ups.Server.Address, id: "ups-second"), Number, CancellationToken.None);

        Assert.Equal(2, ups.TokenRequests.Count);
    }

    [Fact]
    public async Task A_401_from_the_api_renews_the_token_and_retries_once()
    {
        await using var ups = await FakeUps.StartAsync();
        ups.Server.On("GET", TrackRoute, request => request.Header("Authorization") == "Bearer ACCESS-TOKEN-1"
            ? CannedResponse.Json("""{"response":{"errors":[{"code":"250002","message":"Invalid Authentication Information."}]}}""", 401)
            : CannedResponse.Json(Samples.Payload("track_in_transit.json")));

        var info = await ups.Adapter.TrackAsync(ups.Account, Number, CancellationToken.None);

        Assert.Equal(TrackingStatus.InTransit, info.Status);
        Assert.Equal(2, ups.TokenRequests.Count);
        Assert.Equal(["Bearer ACCESS-TOKEN-1", "Bearer ACCESS-TOKEN-2"],
            ups.Server.RequestsTo("GET", TrackRoute).Select(r => r.Header("Authorization")));
    }

    [Fact]
    public async Task A_second_401_is_rejected_without_more_attempts()
    {
        await using var ups = await FakeUps.StartAsync();
        ups.Server.On("GET", TrackRoute,
            CannedResponse.Json("""{"response":{"errors":[{"code":"250002","message":"Invalid Authentication Information."}]}}""", 401));

        var error = await Assert.ThrowsAsync<CarrierException>(() => ups.Adapter.TrackAsync(ups.Account, Number, CancellationToken.None));

        Assert.Equal(CarrierErrorKind.Rejected, error.Kind);
        Assert.Equal("250002", error.CarrierCode);
        Assert.Equal(2, ups.Server.RequestsTo("GET", TrackRoute).Count);
    }

    [Fact]
    public async Task Refused_credentials_are_a_configuration_error_that_does_not_leak_the_secret()
    {
        await using var ups = await FakeUps.StartAsync();
        ups.Server.On("POST", FakeUps.TokenRoute,
            CannedResponse.Json("""{"response":{"errors":[{"code":"10401","message":"ClientId is Invalid"}]}}""", 401));

        var error = await Assert.ThrowsAsync<CarrierException>(() => ups.Adapter.TrackAsync(ups.Account, Number, CancellationToken.None));

        Assert.Equal(CarrierErrorKind.Configuration, error.Kind);
        Assert.Contains("ClientId is Invalid", error.Message);
        Assert.Contains("ups-main", error.Message);
        Assert.DoesNotContain("s3cret-value", error.ToString());
        Assert.Empty(ups.Server.RequestsTo("GET", TrackRoute));
    }

    [Fact]
    public async Task A_503_then_a_200_is_retried()
    {
        await using var ups = await FakeUps.StartAsync();
        var attempts = 0;
        ups.Server.On("GET", TrackRoute, _ => Interlocked.Increment(ref attempts) == 1
            ? new CannedResponse(503, "Service Unavailable", "text/plain")
            : CannedResponse.Json(Samples.Payload("track_delivered.json")));

        var info = await ups.Adapter.TrackAsync(ups.Account, Number, CancellationToken.None);

        Assert.Equal(TrackingStatus.Delivered, info.Status);
        Assert.Equal(2, ups.Server.RequestsTo("GET", TrackRoute).Count);
    }

    [Fact]
    public async Task A_429_with_retry_after_is_retried_after_the_wait_UPS_asked_for()
    {
        await using var ups = await FakeUps.StartAsync();
        var attempts = 0;
        // The first call only warms up (token, connection); the second is answered 429 once, then 200.
        ups.Server.On("GET", TrackRoute, _ => Interlocked.Increment(ref attempts) == 2
            ? new CannedResponse(429, """{"response":{"errors":[{"code":"429","message":"Too Many Requests"}]}}""",
                Headers: new Dictionary<string, string> { ["Retry-After"] = "1" })
            : CannedResponse.Json(Samples.Payload("track_in_transit.json")));
        await ups.Adapter.TrackAsync(ups.Account, "warm-up", CancellationToken.None);
        var stopwatch = Stopwatch.StartNew();

        var info = await ups.Adapter.TrackAsync(ups.Account, Number, CancellationToken.None);

        Assert.Equal(TrackingStatus.InTransit, info.Status);
        Assert.True(stopwatch.Elapsed >= TimeSpan.FromMilliseconds(900), $"retried after {stopwatch.Elapsed}");
        Assert.Equal(3, ups.Server.RequestsTo("GET", TrackRoute).Count);
    }

    [Fact]
    public async Task A_400_with_UPS_errors_is_rejected_with_UPS_message_and_not_retried()
    {
        await using var ups = await FakeUps.StartAsync();
        ups.Server.On("POST", RateRoute, CannedResponse.Json(Samples.Payload("error_invalid_postal.json"), 400));

        var error = await Assert.ThrowsAsync<CarrierException>(() => ups.Adapter.RateAsync(ups.Account, Samples.Shipment, CancellationToken.None));

        Assert.Equal(CarrierErrorKind.Rejected, error.Kind);
        Assert.Equal("The postal code 00000 is invalid for GA United States.", error.Message);
        Assert.Equal("111285", error.CarrierCode);
        Assert.Single(ups.Server.RequestsTo("POST", RateRoute));
        Assert.DoesNotContain("ACCESS-TOKEN", error.ToString());
    }

    [Fact]
    public async Task A_500_that_persists_through_the_retries_is_unavailable()
    {
        await using var ups = await FakeUps.StartAsync();
        ups.Server.On("GET", TrackRoute, new CannedResponse(500, "oops", "text/plain"));

        var error = await Assert.ThrowsAsync<CarrierException>(() => ups.Adapter.TrackAsync(ups.Account, Number, CancellationToken.None));

        Assert.Equal(CarrierErrorKind.Unavailable, error.Kind);
        Assert.Equal(4, ups.Server.RequestsTo("GET", TrackRoute).Count);
    }

    [Fact]
    public async Task An_answer_that_is_not_json_is_malformed()
    {
        await using var ups = await FakeUps.StartAsync();
        ups.Server.On("GET", TrackRoute, new CannedResponse(200, "<html>maintenance</html>", "text/html"));

        var error = await Assert.ThrowsAsync<CarrierException>(() => ups.Adapter.TrackAsync(ups.Account, Number, CancellationToken.None));

        Assert.Equal(CarrierErrorKind.Malformed, error.Kind);
    }

    [Fact]
    public async Task Rate_label_track_and_void_work_end_to_end()
    {
        await using var ups = await FakeUps.StartAsync();
        ups.Server
            .On("POST", RateRoute, CannedResponse.Json(Samples.Payload("rate_shop.json")))
            .On("POST", "/api/shipments/v2409/ship", CannedResponse.Json(Samples.Payload("ship.json")))
            .On("GET", TrackRoute, CannedResponse.Json(Samples.Payload("track_label_created.json")))
            .On("DELETE", "/api/shipments/v2409/void/cancel/*", CannedResponse.Json(Samples.Payload("void.json")));

        var rates = await ups.Adapter.RateAsync(ups.Account, Samples.Shipment, CancellationToken.None);
        var cheapest = rates.Rates.MinBy(r => r.Price)!;
        var label = await ups.Adapter.BuyLabelAsync(ups.Account, new LabelPurchase(Samples.Shipment, cheapest, LabelFormat.Png), CancellationToken.None);
        var tracking = await ups.Adapter.TrackAsync(ups.Account, label.TrackingNumber, CancellationToken.None);
        await ups.Adapter.VoidLabelAsync(ups.Account, new LabelToVoid(label.CarrierShipmentId, label.TrackingNumber), CancellationToken.None);

        Assert.Equal("UPS Ground", cheapest.Service);
        Assert.Equal(TrackingStatus.PreTransit, tracking.Status);
        Assert.NotEmpty(label.Content);

        var rate = Assert.Single(ups.Server.RequestsTo("POST", RateRoute));
        Assert.Equal("?additionalinfo=timeintransit", rate.Query);
        Assert.StartsWith("application/json", rate.Header("Content-Type"));
        Assert.Contains("\"ShipperNumber\":\"A1B2C3\"", rate.BodyText);
        var ship = Assert.Single(ups.Server.RequestsTo("POST", "/api/shipments/v2409/ship"));
        Assert.Contains("\"Service\":{\"Code\":\"03\"", ship.BodyText);
        Assert.Equal($"/api/track/v1/details/{Number}", Assert.Single(ups.Server.RequestsTo("GET", TrackRoute)).Path);
        Assert.Equal("/api/shipments/v2409/void/cancel/1ZTEST0000000000",
            Assert.Single(ups.Server.RequestsTo("DELETE", "/api/shipments/v2409/void/cancel/*")).Path);
        Assert.Single(ups.TokenRequests);
    }
}
