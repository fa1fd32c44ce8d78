using System.Text;
using Commerce.Integrations.Abstractions;
using Commerce.Integrations.Abstractions.Storefronts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Configuration;

namespace Commerce.Integrations.WooCommerce.Tests.Webhooks;

public sealed class WebhookSignatureTests
{
    private static readonly IStorefrontConnector Connector = Connectors.Create();
    private static readonly byte[] Body = Recorded.File(Recorded.OwnWebhook);

    [Fact]
    public void A_delivery_signed_with_the_stores_secret_is_valid() =>
        Assert.Equal(WebhookCheck.Valid, Connector.VerifyWebhook(Deliveries.Store, Deliveries.Signed("order.updated", Body)));

    [Fact]
    public void A_delivery_signed_with_another_secret_is_invalid() =>
        Assert.Equal(WebhookCheck.Invalid,
            Connector.VerifyWebhook(Deliveries.Store, Deliveries.Signed("order.updated", Body, Deliveries.Sign(Body, "another-secret"))));

    [Fact]
    public void A_delivery_without_a_signature_is_invalid()
    {
        var signed = Deliveries.Signed("order.updated", Body);
        var unsigned = signed with { Headers = signed.Headers.Where(h => h.Key != "X-WC-Webhook-Signature").ToDictionary() };

        Assert.Equal(WebhookCheck.Invalid, Connector.VerifyWebhook(Deliveries.Store, unsigned));
    }

    [Fact]
    public void A_body_changed_after_signing_is_invalid()
    {
        var tampered = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(Body).Replace("\"total\": \"32.08\"", "\"total\": \"0.08\"", StringComparison.Ordinal));
        Assert.NotEqual(Body, tampered);

        Assert.Equal(WebhookCheck.Invalid, Connector.VerifyWebhook(Deliveries.Store, Deliveries.Signed("order.updated", tampered, Deliveries.Sign(Body))));
    }

    [Fact]
    public void The_signature_header_is_found_whatever_its_case_and_a_trailing_newline_in_it_is_ignored()
    {
        var delivery = new WebhookDelivery(new Dictionary<string, string>
        {
            ["x-wc-webhook-topic"] = "order.updated",
            ["x-wc-webhook-signature"] = Deliveries.Sign(Body) + "\n",
        }, Body);

        Assert.Equal(WebhookCheck.Valid, Connector.VerifyWebhook(Deliveries.Store, delivery));
    }

    [Fact]
    public void A_store_without_a_webhook_secret_accepts_no_delivery()
    {
        var store = Deliveries.Store with { Settings = Deliveries.Store.Settings.Where(s => s.Key != "WebhookSecret").ToDictionary() };

        Assert.Equal(WebhookCheck.Invalid, Connector.VerifyWebhook(store, Deliveries.Signed("order.updated", Body)));
    }

    [Fact]
    public void During_a_rotation_the_previous_secret_is_still_accepted()
    {
        var store = Deliveries.Store with
        {
            Settings = new Dictionary<string, string>(Deliveries.Store.Settings) { ["WebhookSecret"] = "new-secret", ["PreviousWebhookSecret"] = Deliveries.Secret },
        };

        Assert.Equal(WebhookCheck.Valid, Connector.VerifyWebhook(store, Deliveries.Signed("order.updated", Body)));
        Assert.Equal(WebhookCheck.Valid, Connector.VerifyWebhook(store, Deliveries.Signed("order.updated", Body, Deliveries.Sign(Body, "new-secret"))));
    }

    [Fact]
    public void The_activation_ping_is_a_ping_even_for_a_store_without_a_secret()
    {
        var store = Deliveries.Store with { Settings = new Dictionary<string, string>() };

        Assert.Equal(WebhookCheck.Ping, Connector.VerifyWebhook(Deliveries.Store, Deliveries.Ping()));
        Assert.Equal(WebhookCheck.Ping, Connector.VerifyWebhook(store, Deliveries.Ping("webhook_id=9007199254740993")));
    }

    [Fact]
    public void A_ping_shaped_body_with_a_wrong_signature_is_invalid()
    {
        var delivery = Deliveries.Ping(extraHeaders: new() { ["X-WC-Webhook-Signature"] = Deliveries.Sign("webhook_id=31"u8.ToArray(), "wrong") });

        Assert.Equal(WebhookCheck.Invalid, Connector.VerifyWebhook(Deliveries.Store, delivery));
    }

    [Theory]
    [InlineData("webhook_id=31", "X-WC-Webhook-Topic", "order.updated")]
    [InlineData("webhook_id=31", "X-WC-Webhook-Signature", "")]
    [InlineData("webhook_id=31&x=1", null, null)]
    [InlineData("webhook_id=", null, null)]
    [InlineData("webhook_id=abc", null, null)]
    [InlineData(" webhook_id=31", null, null)]
    [InlineData("{\"webhook_id\":31}", null, null)]
    [InlineData("", null, null)]
    public void Anything_unsigned_that_is_not_exactly_the_ping_is_invalid(string body, string? header, string? value)
    {
        var delivery = Deliveries.Ping(body, header is null ? null : new() { [header] = value! });

        Assert.Equal(WebhookCheck.Invalid, Connector.VerifyWebhook(Deliveries.Store, delivery));
    }
}

/// <summary>The connector as the host wires it, through the plugin.</summary>
internal static class Connectors
{
    public static IStorefrontConnector Create(TimeProvider? clock = null)
    {
        var services = new ServiceCollection();
        if (clock is not null) services.AddSingleton(clock);
        new WooCommercePlugin().AddServices(services, new ConfigurationBuilder().Build());
        return services.BuildServiceProvider().GetServices<IStorefrontConnector>().Single(c => c.Metadata.Key == "woocommerce");
    }
}
