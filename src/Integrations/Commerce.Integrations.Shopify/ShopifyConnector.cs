using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Commerce.Integrations.Abstractions;
using Commerce.Integrations.Abstractions.Storefronts;
using Commerce.Integrations.Shopify.Api;
using Commerce.Integrations.Shopify.Mapping;
using Commerce.Integrations.Shopify.Webhooks;

namespace Commerce.Integrations.Shopify;

/// <summary>
/// A Shopify store through the REST Admin API (version per store, 2025-10 by default) and its HTTPS webhooks. Every push
/// is safe to repeat: a fulfillment is not recorded twice for one tracking number, a refund carries our id in its note
/// and is looked for first, stock levels are absolute, and an order already cancelled is left alone.
/// </summary>
public sealed class ShopifyConnector(IHttpClientFactory httpClientFactory, TimeProvider clock) : IStorefrontConnector
{
    private readonly ConcurrentDictionary<Uri, CallGate> _gates = new();
    private readonly SkuCatalogue _catalogue = new(clock);

    public PluginMetadata Metadata => ShopifyPlugin.Manifest;

    public StorefrontCapabilities Capabilities =>
        StorefrontCapabilities.Webhooks | StorefrontCapabilities.PullOrders | StorefrontCapabilities.PushFulfillment
        | StorefrontCapabilities.PushStock | StorefrontCapabilities.PushRefund | StorefrontCapabilities.CancelOrder;

    public WebhookCheck VerifyWebhook(StoreAccount store, WebhookDelivery delivery) => ShopifyWebhooks.Verify(store, delivery);

    public WebhookIdentity IdentifyWebhook(WebhookDelivery delivery) => ShopifyWebhooks.Identify(delivery);

    public StorefrontEvent ParseWebhook(StoreAccount store, WebhookDelivery delivery) => ShopifyWebhooks.Parse(delivery);

    /// <summary>
    /// Orders changed since the cursor, oldest change first, 250 a page (<c>status=any</c>, so cancelled and closed
    /// orders come too). Without a cursor the window opens <c>PullLookbackDays</c> back. Without the
    /// <c>read_all_orders</c> scope Shopify shows only the last 60 days.
    /// </summary>
    public async Task<StoreOrderPage> PullOrdersAsync(StoreAccount store, string? cursor, CancellationToken cancellationToken)
    {
        var client = Client(store);
        var position = cursor is null ? new PullCursor(clock.GetUtcNow() - Lookback(store)) : PullCursor.Parse(cursor);
        var answer = position.PageInfo is { } pageInfo
            ? await client.GetAsync($"orders.json?limit=250&page_info={Uri.EscapeDataString(pageInfo)}", cancellationToken)
            : await client.GetAsync(
                $"orders.json?status=any&updated_at_min={Uri.EscapeDataString(PullCursor.Timestamp(position.Since))}&order=updated_at+asc&limit=250",
                cancellationToken);

        var orders = answer.Body.Items("orders").Select(OrderMapper.Map).OrderBy(o => o.UpdatedAt).ToList();
        var newest = orders.Select(o => o.UpdatedAt).Append(position.Since).Max();
        return answer.NextPageInfo is { } next
            ? new StoreOrderPage(orders, new PullCursor(newest, next).ToString(), HasMore: true)
            : new StoreOrderPage(orders, new PullCursor(newest).ToString(), HasMore: false);
    }

    public async Task PushFulfillmentAsync(StoreAccount store, FulfillmentPush fulfillment, CancellationToken cancellationToken)
    {
        var client = Client(store);
        var orderId = OrderId(fulfillment.ExternalOrderId);

        var existing = await client.GetAsync($"orders/{orderId}/fulfillments.json?limit=250", cancellationToken);
        if (FulfillmentRequest.AlreadyRecorded(existing.Body, fulfillment.TrackingNumber)) return;

        var fulfillmentOrders = await client.GetAsync($"orders/{orderId}/fulfillment_orders.json", cancellationToken);
        var lineItemsBySku = FulfillmentRequest.NeedsSkus(fulfillment)
            ? FulfillmentRequest.LineItemsBySku((await client.GetAsync($"orders/{orderId}.json?fields=id,line_items", cancellationToken)).Body)
            : null;
        var body = FulfillmentRequest.Build(fulfillment, FulfillmentRequest.OpenOrders(fulfillmentOrders.Body), lineItemsBySku);
        await client.PostAsync("fulfillments.json", body, cancellationToken);
    }

    /// <summary>
    /// Sets each SKU's available quantity at the store's location. SKUs Shopify does not sell are reported, not fatal;
    /// a level Shopify refuses (e.g. an item not stocked at the location) does not stop the others and is reported
    /// afterwards as one rejection naming every refused SKU.
    /// </summary>
    public async Task<StockPushResult> PushStockLevelsAsync(
        StoreAccount store, IReadOnlyList<StockLevelPush> levels, CancellationToken cancellationToken)
    {
        var client = Client(store);
        var locationId = ShopifyJson.ParseId(store.Setting(ShopifySettings.LocationId))
            ?? throw new StorefrontException(StorefrontErrorKind.Configuration,
                $"Store '{store.Id}' has a {ShopifySettings.LocationId} that is not a Shopify location id (digits).");
        var storeKey = client.BaseUrl.AbsoluteUri;
        var latest = levels.GroupBy(l => l.Sku.Trim(), StringComparer.Ordinal).Select(g => g.Last()).ToList();
        if (latest.Count == 0) return new StockPushResult(0, []);
        var inventoryItems = await _catalogue.InventoryItemsAsync(storeKey, client, cancellationToken);

        var updated = 0;
        var unknown = new List<string>();
        var refused = new List<string>();
        foreach (var level in latest)
        {
            var sku = level.Sku.Trim();
            if (!inventoryItems.TryGetValue(sku, out var items))
            {
                unknown.Add(level.Sku);
                continue;
            }

            try
            {
                foreach (var item in items)
                    await client.PostAsync("inventory_levels/set.json", InventoryRequest.Set(locationId, item, level.Available), cancellationToken);
                updated++;
            }
            catch (StorefrontException e) when (e is { Kind: StorefrontErrorKind.Rejected, StatusCode: 404 })
            {
                // The item was deleted since the catalogue was read: the SKU is gone, and the map is stale.
                unknown.Add(level.Sku);
                _catalogue.Forget(storeKey);
            }
            catch (StorefrontException e) when (e.Kind == StorefrontErrorKind.Rejected)
            {
                refused.Add($"{level.Sku}: {e.Message}");
            }
        }

        if (refused.Count > 0)
            throw new StorefrontException(StorefrontErrorKind.Rejected,
                $"Shopify refused the stock level of {refused.Count} SKU(s) ({updated} set, {unknown.Count} unknown): {string.Join(" | ", refused)}");
        return new StockPushResult(updated, unknown);
    }

    public async Task PushRefundAsync(StoreAccount store, RefundPush refund, CancellationToken cancellationToken)
    {
        var client = Client(store);
        var orderId = OrderId(refund.ExternalOrderId);

        var existing = await client.GetAsync($"orders/{orderId}/refunds.json?limit=250", cancellationToken);
        if (RefundRequest.AlreadyRecorded(existing.Body, refund.RefundId)) return;

        var orderLines = refund.Lines.Count > 0
            ? RefundRequest.Lines((await client.GetAsync($"orders/{orderId}.json?fields=id,line_items", cancellationToken)).Body)
            : [];
        var locationId = store.OptionalSetting(ShopifySettings.LocationId) is { } location ? ShopifyJson.ParseId(location) : null;
        var refundLineItems = RefundRequest.RefundLineItems(refund, orderLines, locationId);

        var calculated = await client.PostAsync($"orders/{orderId}/refunds/calculate.json", RefundRequest.Calculate(refund, refundLineItems), cancellationToken);
        await client.PostAsync($"orders/{orderId}/refunds.json", RefundRequest.Create(refund, refundLineItems, calculated), cancellationToken);
    }

    /// <summary>Cancels the order with the reason in Shopify's words; an order Shopify already cancelled is left as it is.</summary>
    public async Task CancelOrderAsync(StoreAccount store, string externalOrderId, string? reason, CancellationToken cancellationToken)
    {
        var client = Client(store);
        var orderId = OrderId(externalOrderId);

        var order = await client.GetAsync($"orders/{orderId}.json?fields=id,cancelled_at", cancellationToken);
        if ((order.Body.Prop("order") ?? order.Body).Str("cancelled_at") is not null) return;

        await client.PostAsync($"orders/{orderId}/cancel.json", new JsonObject { ["reason"] = CancelReasons.ToShopify(reason) }, cancellationToken);
    }

    private ShopifyClient Client(StoreAccount store) =>
        new(httpClientFactory.CreateClient(ShopifyPlugin.Key), store, baseUrl => _gates.GetOrAdd(baseUrl, _ => new CallGate(clock)));

    private static TimeSpan Lookback(StoreAccount store)
    {
        var setting = store.OptionalSetting(ShopifySettings.PullLookbackDays);
        if (setting is null) return TimeSpan.FromDays(ShopifyPlugin.DefaultPullLookbackDays);
        return int.TryParse(setting, NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days is > 0 and <= 3650
            ? TimeSpan.FromDays(days)
            : throw new StorefrontException(StorefrontErrorKind.Configuration,
                $"Store '{store.Id}' has a {ShopifySettings.PullLookbackDays} that is not a whole number of days (1 to 3650).");
    }

    private static long OrderId(string externalOrderId) =>
        ShopifyJson.ParseId(externalOrderId)
        ?? throw new StorefrontException(StorefrontErrorKind.Rejected, $"'{externalOrderId}' is not a Shopify order id (digits).");
}
