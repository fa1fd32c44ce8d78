using System.Text.Json;
using Commerce.Integrations.Abstractions;
using Commerce.Integrations.Abstractions.Fulfillment;
using Commerce.Integrations.FulfillmentHttp.Mapping;
using Commerce.Testing;

namespace Commerce.Integrations.FulfillmentHttp.Tests.Transport;

public sealed class FulfillmentHttpAdapterTests : IAsyncLifetime
{
    private PartnerApi _api = null!;

    public async Task InitializeAsync() => _api = await PartnerApi.StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    private static readonly FulfillmentRequest Request = Requests.Dropship();

    private Task<PartnerAcknowledgement> SendAsync(PartnerAccount? partner = null) =>
        _api.Adapter.SendAsync(partner ?? _api.Partner, Request, CancellationToken.None);

    private async Task<PartnerException> RefusedAsync(PartnerAccount? partner = null) =>
        await Assert.ThrowsAsync<PartnerException>(() => SendAsync(partner));

    [Fact]
    public void The_plugin_declares_its_key_and_settings()
    {
        var metadata = new FulfillmentHttpPlugin().Metadata;

        Assert.Equal("fulfillment-http", metadata.Key);
        Assert.Same(metadata, _api.Adapter.Metadata);
        Assert.Contains(metadata.Settings, s => s is { Name: "BaseUrl", Required: true, Secret: false });
        Assert.Contains(metadata.Settings, s => s is { Name: "ApiKey", Required: false, Secret: true });
        Assert.Contains(metadata.Settings, s => s is { Name: "WebhookSecret", Required: false, Secret: true });
    }

    [Fact]
    public async Task A_request_is_posted_with_bearer_auth_an_idempotency_key_and_a_verifiable_signature()
    {
        _api.Server.On("POST", PartnerApi.RequestsPath, CannedResponse.Json("""{"reference":"3PL-778812"}""", 202));

        var acknowledgement = await SendAsync();

        Assert.Equal("3PL-778812", acknowledgement.PartnerReference);
        var sent = Assert.Single(_api.Server.Requests);
        Assert.Equal("POST", sent.Method);
        Assert.Equal("/api/v1/fulfillment-requests", sent.Path);
        Assert.Equal("Bearer " + PartnerApi.ApiKey, sent.Header("Authorization"));
        Assert.Equal("ffr-2026-000123", sent.Header("Idempotency-Key"));
        Assert.Equal("application/json; charset=utf-8", sent.Header("Content-Type"));
        Assert.Equal("application/json", sent.Header("Accept"));
        Assert.True(HmacSignature.VerifyBase64(sent.Header("X-Commerce-Hmac-Sha256"), sent.Body, PartnerApi.Secret));
        Assert.Equal(FulfillmentRequestBody.Serialize(Request), sent.Body);
        using var body = JsonDocument.Parse(sent.Body);
        Assert.Equal("dropship-purchase-order", body.RootElement.GetProperty("kind").GetString());
        Assert.Equal("ffr-2026-000123", body.RootElement.GetProperty("requestId").GetString());
    }

    [Theory]
    [InlineData(200)]
    [InlineData(201)]
    [InlineData(204)]
    public async Task Any_success_without_a_reference_is_an_acknowledgement_without_one(int status)
    {
        _api.Server.On("POST", PartnerApi.RequestsPath, new CannedResponse(status));

        Assert.Null((await SendAsync()).PartnerReference);
    }

    [Fact]
    public async Task A_409_means_the_partner_already_has_the_request_and_is_acknowledged()
    {
        _api.Server.On("POST", PartnerApi.RequestsPath,
            CannedResponse.Json("""{"title":"Duplicate request","reference":"3PL-778812"}""", 409));

        var acknowledgement = await SendAsync();

        Assert.Equal("3PL-778812", acknowledgement.PartnerReference);
        Assert.Single(_api.Server.Requests);
    }

    [Fact]
    public async Task A_422_with_problem_details_is_rejected_with_the_partners_detail_and_not_retried()
    {
        _api.Server.On("POST", PartnerApi.RequestsPath, new CannedResponse(422,
            """{"type":"https://3pl.example.com/problems/unknown-sku","title":"Unknown SKU","status":422,"detail":"SKU MUG-BLUE is not stocked in our Leeds warehouse."}""",
            "application/problem+json"));

        var error = await RefusedAsync();

        Assert.Equal(PartnerErrorKind.Rejected, error.Kind);
        Assert.Contains("HTTP 422", error.Message);
        Assert.Contains("Unknown SKU: SKU MUG-BLUE is not stocked in our Leeds warehouse.", error.Message);
        Assert.Contains("ffr-2026-000123", error.Message);
        Assert.DoesNotContain(PartnerApi.ApiKey, error.Message);
        Assert.Single(_api.Server.Requests);
    }

    [Fact]
    public async Task A_400_without_a_readable_body_is_rejected_all_the_same()
    {
        _api.Server.On("POST", PartnerApi.RequestsPath, new CannedResponse(400, "<html>bad</html>", "text/html"));

        var error = await RefusedAsync();

        Assert.Equal(PartnerErrorKind.Rejected, error.Kind);
        Assert.EndsWith("answered HTTP 400 to request ffr-2026-000123.", error.Message);
    }

    [Theory]
    [InlineData(401)]
    [InlineData(403)]
    public async Task A_refused_api_key_is_a_configuration_error(int status)
    {
        _api.Server.On("POST", PartnerApi.RequestsPath, new CannedResponse(status, """{"title":"Invalid token"}"""));

        var error = await RefusedAsync();

        Assert.Equal(PartnerErrorKind.Configuration, error.Kind);
        Assert.Contains("Invalid token", error.Message);
        Assert.DoesNotContain(PartnerApi.ApiKey, error.Message);
    }

    [Fact]
    public async Task A_500_is_unavailable_and_the_post_is_not_repeated_because_the_partner_may_have_acted_on_it()
    {
        _api.Server.On("POST", PartnerApi.RequestsPath, CannedResponse.Json("""{"detail":"database is down"}""", 500));

        var error = await RefusedAsync();

        Assert.Equal(PartnerErrorKind.Unavailable, error.Kind);
        Assert.Contains("database is down", error.Message);
        Assert.Single(_api.Server.Requests);
    }

    [Fact]
    public async Task A_503_is_retried_with_the_same_idempotency_key_body_and_signature()
    {
        var calls = 0;
        _api.Server.On("POST", PartnerApi.RequestsPath, _ => Interlocked.Increment(ref calls) == 1
            ? new CannedResponse(503, "")
            : CannedResponse.Json("""{"reference":"3PL-1"}""", 202));

        var acknowledgement = await SendAsync();

        Assert.Equal("3PL-1", acknowledgement.PartnerReference);
        var sent = _api.Server.Requests;
        Assert.Equal(2, sent.Count);
        Assert.Equal(sent[0].Body, sent[1].Body);
        Assert.Equal(sent[0].Header("Idempotency-Key"), sent[1].Header("Idempotency-Key"));
        Assert.Equal(sent[0].Header("X-Commerce-Hmac-Sha256"), sent[1].Header("X-Commerce-Hmac-Sha256"));
    }

    [Fact]
    public async Task A_partner_that_keeps_answering_503_is_unavailable_after_the_retries()
    {
        _api.Server.On("POST", PartnerApi.RequestsPath, new CannedResponse(503, ""));

        var error = await RefusedAsync();

        Assert.Equal(PartnerErrorKind.Unavailable, error.Kind);
        Assert.Equal(4, _api.Server.Requests.Count);
    }

    [Fact]
    public async Task A_redirect_is_not_followed_and_is_a_configuration_error()
    {
        _api.Server.On("POST", PartnerApi.RequestsPath, new CannedResponse(308, "",
            Headers: new Dictionary<string, string> { ["Location"] = "https://elsewhere.example.com/fulfillment-requests" }));

        var error = await RefusedAsync();

        Assert.Equal(PartnerErrorKind.Configuration, error.Kind);
        Assert.Contains("https://elsewhere.example.com/fulfillment-requests", error.Message);
        Assert.Single(_api.Server.Requests);
    }

    [Fact]
    public async Task A_partner_that_is_not_listening_is_unavailable()
    {
        var gone = await LocalHttpServer.StartAsync();
        var address = gone.Address;
        await gone.DisposeAsync();

        var error = await RefusedAsync(PartnerApi.PartnerWith(new Dictionary<string, string> { ["BaseUrl"] = address.ToString() }));

        Assert.Equal(PartnerErrorKind.Unavailable, error.Kind);
        Assert.Contains("could not be reached", error.Message);
    }

    [Fact]
    public async Task Without_an_api_key_or_secret_the_request_goes_unauthenticated_and_unsigned()
    {
        _api.Server.On("POST", "fulfillment-requests", new CannedResponse(202));

        await SendAsync(PartnerApi.PartnerWith(new Dictionary<string, string> { ["BaseUrl"] = _api.Server.Address.ToString() }));

        var sent = Assert.Single(_api.Server.Requests);
        Assert.Equal("/fulfillment-requests", sent.Path);
        Assert.Null(sent.Header("Authorization"));
        Assert.Null(sent.Header("X-Commerce-Hmac-Sha256"));
        Assert.Equal("ffr-2026-000123", sent.Header("Idempotency-Key"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("3pl.example.com/api")]
    [InlineData("ftp://3pl.example.com/")]
    public async Task A_missing_or_unusable_base_url_is_a_configuration_error_before_any_call(string? baseUrl)
    {
        var settings = new Dictionary<string, string> { ["ApiKey"] = PartnerApi.ApiKey };
        if (baseUrl is not null) settings["BaseUrl"] = baseUrl;

        var error = await RefusedAsync(PartnerApi.PartnerWith(settings));

        Assert.Equal(PartnerErrorKind.Configuration, error.Kind);
        Assert.Contains("BaseUrl", error.Message);
        Assert.Empty(_api.Server.Requests);
    }
}
