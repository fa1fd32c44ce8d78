namespace Commerce.Integrations.Abstractions.Storefronts;

/// <summary>
/// A storefront platform (Shopify, WooCommerce, …), as the platform sees it. Each call names the store, whose settings
/// hold the base address, credentials and webhook secrets. Vendor formats stay inside the connector: pure mapping
/// functions and a separate HTTP transport. Failures are <see cref="StorefrontException"/>s; a
/// <see cref="StorefrontErrorKind.Unavailable"/> one is retried later by the caller, a Rejected one is not.
/// Only the operations in <see cref="Capabilities"/> are called.
/// </summary>
public interface IStorefrontConnector
{
    PluginMetadata Metadata { get; }

    StorefrontCapabilities Capabilities { get; }

    /// <summary>Checks the delivery's signature over the raw body, in constant time, before anything is parsed.</summary>
    WebhookCheck VerifyWebhook(StoreAccount store, WebhookDelivery delivery);

    /// <summary>The topic and the vendor's delivery and event ids, from the headers.</summary>
    WebhookIdentity IdentifyWebhook(WebhookDelivery delivery);

    /// <summary>Reads a verified delivery; a body it cannot read is a <see cref="StorefrontErrorKind.Malformed"/> error.</summary>
    StorefrontEvent ParseWebhook(StoreAccount store, WebhookDelivery delivery);

    /// <summary>Orders created or changed since <paramref name="cursor"/> (null: the start of the store's history window).</summary>
    Task<StoreOrderPage> PullOrdersAsync(StoreAccount store, string? cursor, CancellationToken cancellationToken) =>
        throw new NotSupportedException($"{Metadata.DisplayName} cannot pull orders.");

    Task PushFulfillmentAsync(StoreAccount store, FulfillmentPush fulfillment, CancellationToken cancellationToken) =>
        throw new NotSupportedException($"{Metadata.DisplayName} cannot record fulfillments.");

    Task<StockPushResult> PushStockLevelsAsync(StoreAccount store, IReadOnlyList<StockLevelPush> levels, CancellationToken cancellationToken) =>
        throw new NotSupportedException($"{Metadata.DisplayName} cannot set stock levels.");

    Task PushRefundAsync(StoreAccount store, RefundPush refund, CancellationToken cancellationToken) =>
        throw new NotSupportedException($"{Metadata.DisplayName} cannot record refunds.");

    Task CancelOrderAsync(StoreAccount store, string externalOrderId, string? reason, CancellationToken cancellationToken) =>
        throw new NotSupportedException($"{Metadata.DisplayName} cannot cancel orders.");
}
