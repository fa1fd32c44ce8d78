using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Commerce.Integrations.Abstractions;
using Commerce.Integrations.Abstractions.Storefronts;
using Commerce.Integrations.Shopify.Mapping;

namespace Commerce.Integrations.Shopify.Webhooks;

/// <summary>
/// Shopify's HTTPS webhook deliveries. Each carries <c>X-Shopify-Hmac-Sha256</c>: the base64 HMAC-SHA256 of the raw
/// body keyed with the app's client secret, checked before anything is parsed. <c>X-Shopify-Webhook-Id</c> identifies
/// the delivery (kept across Shopify's retries) and <c>X-Shopify-Event-Id</c> the event (the same on every delivery of
/// it): the caller dedupes on both. Shopify's newer event deliveries use the same names without the <c>X-</c> prefix,
/// which are read when the prefixed ones are absent. The body is the REST resource of the topic, without an envelope.
/// </summary>
internal static partial class ShopifyWebhooks
{
    public const string HmacHeader = "X-Shopify-Hmac-Sha256";
    public const string TopicHeader = "X-Shopify-Topic";
    public const string WebhookIdHeader = "X-Shopify-Webhook-Id";
    public const string EventIdHeader = "X-Shopify-Event-Id";
    public const string TriggeredAtHeader = "X-Shopify-Triggered-At";

    /// <summary>Topics whose body is an Order resource: each is a new state of the order (a cancelled one included).</summary>
    private static readonly HashSet<string> OrderTopics = new(StringComparer.OrdinalIgnoreCase)
    {
        "orders/create", "orders/updated", "orders/cancelled",
    };

    private const string RefundTopic = "refunds/create";

    /// <summary>
    /// Valid when the header is the HMAC of the body under the store's secret or, during a rotation, its previous one;
    /// both are always computed and compared in constant time. A store without a secret is a configuration error:
    /// every delivery would otherwise be refused without anyone knowing why.
    /// </summary>
    public static WebhookCheck Verify(StoreAccount store, WebhookDelivery delivery)
    {
        var secret = store.Setting(ShopifySettings.WebhookSecret);
        var previous = store.OptionalSetting(ShopifySettings.PreviousWebhookSecret);
        return HmacSignature.VerifyBase64(Header(delivery, HmacHeader), delivery.Body, secret, previous)
            ? WebhookCheck.Valid
            : WebhookCheck.Invalid;
    }

    public static WebhookIdentity Identify(WebhookDelivery delivery)
    {
        var topic = Header(delivery, TopicHeader)?.Trim()
            ?? throw new StorefrontException(StorefrontErrorKind.Malformed, $"The Shopify delivery has no {TopicHeader} header.");
        return new WebhookIdentity(topic.ToLowerInvariant(), Trimmed(Header(delivery, WebhookIdHeader)),
            Trimmed(Header(delivery, EventIdHeader)), Instant(Header(delivery, TriggeredAtHeader)));
    }

    /// <summary>Shopify writes nanoseconds (<c>2023-03-29T18:00:27.877041743Z</c>); .NET reads up to 7 fraction digits.</summary>
    internal static DateTimeOffset? Instant(string? text) =>
        text is not null
        && DateTimeOffset.TryParse(BeyondTicks().Replace(text.Trim(), "$1"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed
            : null;

    public static StorefrontEvent Parse(WebhookDelivery delivery)
    {
        var topic = Identify(delivery).Topic;
        if (OrderTopics.Contains(topic))
            return new StoreOrderChanged(OrderMapper.Map(Resource(delivery, topic, "order")));
        if (string.Equals(topic, RefundTopic, StringComparison.OrdinalIgnoreCase))
            return RefundMapper.Map(Resource(delivery, topic, "refund"));
        return new StoreEventIgnored(topic);
    }

    /// <summary>The resource in the body: bare as Shopify delivers it, or inside its REST envelope (<c>{"order":{…}}</c>).</summary>
    private static JsonElement Resource(WebhookDelivery delivery, string topic, string envelope)
    {
        var body = ShopifyJson.Parse(delivery.Body, $"The body of the Shopify {topic} delivery");
        return body.Prop(envelope) is { ValueKind: JsonValueKind.Object } inner && body.Prop("id") is null ? inner : body;
    }

    private static string? Header(WebhookDelivery delivery, string name) =>
        delivery.Header(name) ?? delivery.Header(name["X-".Length..]);

    [GeneratedRegex(@"(\.\d{7})\d+")]
    private static partial Regex BeyondTicks();

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
