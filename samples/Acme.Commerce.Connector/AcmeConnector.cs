using System.Text.RegularExpressions;
using Acme.Commerce.Connector.Api;
using Acme.Commerce.Connector.Mapping;
using Acme.Commerce.Connector.Webhooks;
using Commerce.Integrations.Abstractions;
using Commerce.Integrations.Abstractions.Storefronts;

namespace Acme.Commerce.Connector;

/// <summary>
/// An Acme Shop store through its JSON API. Webhooks bring orders as they change; pulls by update time (<c>GET
/// orders?updated_since=…</c>) catch whatever a webhook missed; fulfillments go back with our shipment id as the
/// idempotency key, so a repeat is harmless.
/// </summary>
public sealed partial class AcmeConnector(IHttpClientFactory httpClientFactory, TimeProvider clock) : IStorefrontConnector
{
    public const int PageSize = 100;

    public PluginMetadata Metadata => AcmePlugin.Manifest;

    public StorefrontCapabilities Capabilities =>
        StorefrontCapabilities.Webhooks | StorefrontCapabilities.PullOrders | StorefrontCapabilities.PushFulfillment;

    public WebhookCheck VerifyWebhook(StoreAccount store, WebhookDelivery delivery) => AcmeWebhooks.Verify(store, delivery);

    public WebhookIdentity IdentifyWebhook(WebhookDelivery delivery) => AcmeWebhooks.Identify(delivery);

    public StorefrontEvent ParseWebhook(StoreAccount store, WebhookDelivery delivery) => AcmeWebhooks.Parse(delivery);

    /// <summary>
    /// One page of <c>GET orders?updated_since=…[&amp;since_id=…]&amp;limit=100</c>, oldest change first; see
    /// <see cref="PullCursor"/> for how the walk moves on. The first pull reaches back <c>PullLookbackDays</c>.
    /// </summary>
    public async Task<StoreOrderPage> PullOrdersAsync(StoreAccount store, string? cursor, CancellationToken cancellationToken)
    {
        var (settings, client) = Connect(store);
        var position = cursor is null ? new PullCursor(clock.GetUtcNow() - TimeSpan.FromDays(settings.PullLookbackDays)) : PullCursor.Parse(cursor);

        var query = $"orders?updated_since={Uri.EscapeDataString(PullCursor.Timestamp(position.Since))}"
                    + (position.AfterId is { } afterId ? $"&since_id={Uri.EscapeDataString(afterId)}" : "")
                    + $"&limit={PageSize}";
        var answer = await client.GetAsync(query, cancellationToken);
        if (answer.Prop("orders") is not { ValueKind: System.Text.Json.JsonValueKind.Array })
            throw new StorefrontException(StorefrontErrorKind.Malformed, "Acme answered GET orders without an orders list.");

        var orders = answer.Items("orders").Select(OrderMapper.Map).ToList();
        var hasMore = answer.Prop("has_more") is { ValueKind: System.Text.Json.JsonValueKind.True };
        return new StoreOrderPage(orders, position.After(orders, hasMore).ToString(), hasMore);
    }

    /// <summary><c>POST orders/{id}/fulfillments</c> with <c>Idempotency-Key: {FulfillmentId}</c>.</summary>
    public async Task PushFulfillmentAsync(StoreAccount store, FulfillmentPush fulfillment, CancellationToken cancellationToken)
    {
        var (_, client) = Connect(store);
        await client.PostAsync($"{OrderPath(fulfillment.ExternalOrderId)}/fulfillments", FulfillmentRequest.Body(fulfillment),
            fulfillment.FulfillmentId, cancellationToken);
    }

    private (AcmeStore Settings, AcmeClient Client) Connect(StoreAccount store)
    {
        var settings = AcmeStore.Read(store);
        return (settings, new AcmeClient(httpClientFactory.CreateClient(AcmePlugin.Key), settings));
    }

    /// <summary>Acme order ids are letters, digits, <c>_</c> and <c>-</c>; anything else never reaches the store's URL space.</summary>
    private static string OrderPath(string externalOrderId) =>
        OrderId().IsMatch(externalOrderId)
            ? $"orders/{externalOrderId}"
            : throw new StorefrontException(StorefrontErrorKind.Rejected, $"'{externalOrderId}' is not an Acme order id.");

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex OrderId();
}
