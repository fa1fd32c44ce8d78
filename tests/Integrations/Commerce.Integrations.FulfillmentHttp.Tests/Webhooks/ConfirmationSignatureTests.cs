using System.Security.Cryptography;
using System.Text;
using Commerce.Integrations.Abstractions;
using Commerce.Integrations.Abstractions.Fulfillment;
using Commerce.Integrations.FulfillmentHttp.Tests.Mapping;

namespace Commerce.Integrations.FulfillmentHttp.Tests.Webhooks;

public sealed class ConfirmationSignatureTests
{
    private const string Secret = "whsec_3pl_bridge_7f2a";
    private static readonly byte[] Body = Encoding.UTF8.GetBytes(ShipmentConfirmationParserTests.Example);

    private static readonly IFulfillmentPartnerAdapter Adapter = new FulfillmentHttpAdapter(new NoHttp());

    private static PartnerAccount Partner(string? secret = Secret) => new("bridge-1", "fulfillment-http",
        secret is null
            ? new Dictionary<string, string> { ["BaseUrl"] = "https://3pl.example.com/" }
            : new Dictionary<string, string> { ["BaseUrl"] = "https://3pl.example.com/", ["WebhookSecret"] = secret });

    /// <summary>The signature computed as the protocol document tells a partner to, without our helper.</summary>
    private static string SignAsDocumented(string secret, byte[] body) =>
        Convert.ToBase64String(new HMACSHA256(Encoding.UTF8.GetBytes(secret)).ComputeHash(body));

    private static WebhookDelivery Delivery(byte[] body, string? signature, string header = "X-Commerce-Hmac-Sha256") =>
        new(signature is null ? new Dictionary<string, string>() : new Dictionary<string, string> { [header] = signature }, body);

    [Fact]
    public void A_confirmation_signed_with_the_secret_is_verified()
    {
        Assert.True(Adapter.VerifyWebhook(Partner(), Delivery(Body, SignAsDocumented(Secret, Body))));
    }

    [Theory]
    [InlineData("x-commerce-hmac-sha256")]
    [InlineData("X-COMMERCE-HMAC-SHA256")]
    public void The_header_name_is_matched_whatever_its_case(string header)
    {
        Assert.True(Adapter.VerifyWebhook(Partner(), Delivery(Body, SignAsDocumented(Secret, Body), header)));
    }

    [Fact]
    public void A_signature_made_with_another_secret_is_refused()
    {
        Assert.False(Adapter.VerifyWebhook(Partner(), Delivery(Body, SignAsDocumented("whsec_someone_else", Body))));
    }

    [Fact]
    public void A_missing_or_empty_signature_is_refused()
    {
        Assert.False(Adapter.VerifyWebhook(Partner(), Delivery(Body, null)));
        Assert.False(Adapter.VerifyWebhook(Partner(), Delivery(Body, "")));
        Assert.False(Adapter.VerifyWebhook(Partner(), Delivery(Body, "not base64 at all")));
    }

    [Fact]
    public void A_body_changed_after_signing_is_refused()
    {
        var signature = SignAsDocumented(Secret, Body);
        var tampered = Encoding.UTF8.GetBytes(ShipmentConfirmationParserTests.Example.Replace("RM123456785GB", "RM999999999GB"));

        Assert.False(Adapter.VerifyWebhook(Partner(), Delivery(tampered, signature)));
    }

    [Fact]
    public void A_signature_in_hex_is_refused_because_the_protocol_says_base64()
    {
        var hex = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Body));

        Assert.False(Adapter.VerifyWebhook(Partner(), Delivery(Body, hex)));
    }

    [Fact]
    public void Without_a_webhook_secret_nothing_is_trusted()
    {
        Assert.False(Adapter.VerifyWebhook(Partner(secret: null), Delivery(Body, SignAsDocumented("", Body))));
    }

    [Fact]
    public void The_adapter_parses_the_verified_body()
    {
        var confirmation = Adapter.ParseShipmentConfirmation(Delivery(Body, SignAsDocumented(Secret, Body)));

        Assert.Equal("ffr-2026-000123", confirmation.RequestId);
    }

    [Fact]
    public void The_test_vector_in_the_protocol_document_verifies_and_parses()
    {
        var body = Encoding.UTF8.GetBytes(
            """{"confirmationId":"shp-conf-88231","requestId":"ffr-2026-000123","carrier":"Royal Mail","trackingNumber":"RM123456785GB","shippedAt":"2026-11-27T14:05:00Z"}""");
        var partner = Partner("whsec_example_only");
        var delivery = Delivery(body, "iPeNHnpgT3YabadqDOgzEwStvS3zxsJyJctpqMPbReg=");

        Assert.True(Adapter.VerifyWebhook(partner, delivery));
        Assert.Empty(Adapter.ParseShipmentConfirmation(delivery).Lines);
    }

    private sealed class NoHttp : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => throw new InvalidOperationException("Verifying a webhook makes no HTTP call.");
    }
}
