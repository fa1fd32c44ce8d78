using System.Text;
using Commerce.Integrations.Abstractions;
using Commerce.Integrations.Abstractions.Storefronts;
using Microsoft.Extensions.DependencyInjection;
using static Commerce.Integrations.Shopify.Tests.Webhooks.Deliveries;

namespace Commerce.Integrations.Shopify.Tests.Webhooks;

public sealed class WebhookSignatureTests
{
    private readonly IStorefrontConnector _connector = new ShopifyConnector(
        new ServiceCollection().AddHttpClient().BuildServiceProvider().GetRequiredService<IHttpClientFactory>(), TimeProvider.System);

    [Fact]
    public void A_delivery_signed_with_the_client_secret_is_valid()
    {
        Assert.Equal(WebhookCheck.Valid, _connector.VerifyWebhook(Store(), Delivery("orders/create", Recorded.OrderBody)));
    }

    [Fact]
    public void A_delivery_signed_with_another_secret_is_invalid()
    {
        Assert.Equal(WebhookCheck.Invalid, _connector.VerifyWebhook(Store(), Delivery("orders/create", Recorded.OrderBody, "shpss_someone_else")));
    }

    [Fact]
    public void During_a_rotation_the_previous_secret_is_accepted_as_well_as_the_new_one()
    {
        var store = Store(Secret, PreviousSecret);

        Assert.Equal(WebhookCheck.Valid, _connector.VerifyWebhook(store, Delivery("orders/create", Recorded.OrderBody, PreviousSecret)));
        Assert.Equal(WebhookCheck.Valid, _connector.VerifyWebhook(store, Delivery("orders/create", Recorded.OrderBody, Secret)));
        Assert.Equal(WebhookCheck.Invalid, _connector.VerifyWebhook(Store(Secret), Delivery("orders/create", Recorded.OrderBody, PreviousSecret)));
    }

    [Fact]
    public void A_delivery_without_a_signature_is_invalid()
    {
        Assert.Equal(WebhookCheck.Invalid, _connector.VerifyWebhook(Store(), Delivery("orders/create", Recorded.OrderBody, secret: null)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("not base64 at all")]
    public void A_blank_or_garbled_signature_is_invalid(string header)
    {
        var delivery = Delivery("orders/create", Recorded.OrderBody, secret: null, extra: new() { ["X-Shopify-Hmac-Sha256"] = header });

        Assert.Equal(WebhookCheck.Invalid, _connector.VerifyWebhook(Store(), delivery));
    }

    [Fact]
    public void A_body_changed_after_signing_is_invalid()
    {
        var signed = Delivery("orders/create", Recorded.OrderBody);
        var tampered = signed with { Body = Encoding.UTF8.GetBytes(Recorded.OrderBody.Replace("409.94", "1.00")) };

        Assert.Equal(WebhookCheck.Invalid, _connector.VerifyWebhook(Store(), tampered));
    }

    [Fact]
    public void The_signature_is_over_the_raw_bytes_so_reformatted_json_is_invalid()
    {
        var signed = Delivery("orders/create", Recorded.OrderBody);
        var reformatted = signed with { Body = Encoding.UTF8.GetBytes(Recorded.Json(Recorded.OrderBody).GetRawText().Replace("\n", "\r\n")) };

        Assert.Equal(WebhookCheck.Invalid, _connector.VerifyWebhook(Store(), reformatted));
    }

    [Theory]
    [InlineData("x-shopify-hmac-sha256")]
    [InlineData("X-SHOPIFY-HMAC-SHA256")]
    [InlineData("shopify-hmac-sha256")]
    public void The_header_name_is_matched_whatever_its_case_and_without_the_x_prefix_of_event_deliveries(string name)
    {
        var body = Encoding.UTF8.GetBytes(Recorded.OrderBody);
        var delivery = new WebhookDelivery(new Dictionary<string, string> { [name] = Sign(Secret, body) }, body);

        Assert.Equal(WebhookCheck.Valid, _connector.VerifyWebhook(Store(), delivery));
    }

    [Fact]
    public void A_store_without_a_webhook_secret_is_a_configuration_error_not_a_silent_refusal()
    {
        var error = Assert.Throws<StorefrontException>(() => _connector.VerifyWebhook(Store(secret: null), Delivery("orders/create", Recorded.OrderBody)));

        Assert.Equal(StorefrontErrorKind.Configuration, error.Kind);
        Assert.Contains("WebhookSecret", error.Message);
        Assert.DoesNotContain(Secret, error.Message);
    }
}
