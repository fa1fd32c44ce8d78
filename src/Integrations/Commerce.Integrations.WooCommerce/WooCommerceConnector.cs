using System.Globalization;
using System.Text.Json;
using Commerce.Integrations.Abstractions;
using Commerce.Integrations.Abstractions.Storefronts;
using Commerce.Integrations.WooCommerce.Api;
using Commerce.Integrations.WooCommerce.Mapping;
using Commerce.Integrations.WooCommerce.Webhooks;

namespace Commerce.Integrations.WooCommerce;

/// <summary>
/// WooCommerce as a storefront, through its REST API v3. Webhooks are the fast path, but WooCommerce never retries a
/// failed delivery, so order pulls by modification date are what makes the order feed complete. Every push is safe to
/// repeat: stock levels are absolute, and notes and refunds are looked for before they are written.
/// </summary>
public sealed class WooCommerceConnector(IHttpClientFactory httpClientFactory, TimeProvider clock) : IStorefrontConnector
{
    public PluginMetadata Metadata => WooCommercePlugin.Manifest;

    public StorefrontCapabilities Capabilities =>
        StorefrontCapabilities.Webhooks | StorefrontCapabilities.PullOrders | StorefrontCapabilities.PushFulfillment
        | StorefrontCapabilities.PushStock | StorefrontCapabilities.PushRefund | StorefrontCapabilities.CancelOrder;

    public WebhookCheck VerifyWebhook(StoreAccount store, WebhookDelivery delivery) =>
        WebhookSignature.Check(delivery,
            store.OptionalSetting(WooCommerceSettings.WebhookSecret), store.OptionalSetting(WooCommerceSettings.PreviousWebhookSecret));

    public WebhookIdentity IdentifyWebhook(WebhookDelivery delivery) => WebhookEvents.Identify(delivery);

    public StorefrontEvent ParseWebhook(StoreAccount store, WebhookDelivery delivery) => WebhookEvents.Parse(delivery, clock.GetUtcNow());

    /// <summary>
    /// <c>GET orders?modified_after=…&amp;dates_are_gmt=true&amp;orderby=modified&amp;order=asc&amp;per_page=100&amp;page=n</c>,
    /// one page per call; <see cref="PullCursor"/> says how the walk moves on. The first pull reaches back
    /// <c>PullLookbackDays</c> (7 by default).
    /// </summary>
    public async Task<StoreOrderPage> PullOrdersAsync(StoreAccount store, string? cursor, CancellationToken cancellationToken)
    {
        var (settings, client) = Connect(store);
        var position = cursor is null
            ? PullCursor.Start(clock.GetUtcNow() - TimeSpan.FromDays(settings.PullLookbackDays))
            : PullCursor.Parse(cursor);

        var response = await client.GetAsync("orders",
        [
            ("modified_after", JsonRead.ToGmt(position.Since)), ("dates_are_gmt", "true"), ("orderby", "modified"), ("order", "asc"),
            ("per_page", $"{WooCommerceClient.PageSize}"), ("page", position.Page.ToString(CultureInfo.InvariantCulture)),
        ], cancellationToken);

        var items = WooCommerceClient.ListItems(response.Body, "orders");
        var orders = items.Select(OrderMapper.Map).ToList();
        var hasMore = response.TotalPages is { } total ? position.Page < total : items.Count == WooCommerceClient.PageSize;
        var next = position.After(orders.Select(o => o.UpdatedAt).ToList(), hasMore);
        return new StoreOrderPage(orders, next.ToString(), hasMore);
    }

    /// <summary>
    /// WooCommerce has no fulfillment object: the tracking goes into an order note (a customer note, e-mailed, unless
    /// the push says not to notify), then the order is set to <c>completed</c>. A note that already names the tracking
    /// number is not written again; setting the status twice changes nothing.
    /// </summary>
    public async Task PushFulfillmentAsync(StoreAccount store, FulfillmentPush fulfillment, CancellationToken cancellationToken)
    {
        var (_, client) = Connect(store);
        var order = OrderPath(fulfillment.ExternalOrderId);

        var notes = WooCommerceClient.ListItems((await client.GetAsync($"{order}/notes", [], cancellationToken)).Body, $"{order}/notes");
        if (!FulfillmentNote.AlreadyNoted(notes, fulfillment.TrackingNumber))
            await client.PostAsync($"{order}/notes", FulfillmentNote.Body(fulfillment), cancellationToken);

        await client.PutAsync(order, FulfillmentNote.Status("completed"), cancellationToken);
    }

    /// <summary>
    /// Finds the products and variations by SKU (<c>GET products?sku=a,b,c</c>, which searches variations too) and sets
    /// their stock in batches of at most 100 (<c>POST products/batch</c>, <c>POST products/{parent}/variations/batch</c>).
    /// Levels are absolute, so a repeat is harmless. Updates WooCommerce refuses item by item are reported together after
    /// every batch was sent.
    /// </summary>
    public async Task<StockPushResult> PushStockLevelsAsync(
        StoreAccount store, IReadOnlyList<StockLevelPush> levels, CancellationToken cancellationToken)
    {
        if (levels.Count == 0) return new StockPushResult(0, []);
        var (_, client) = Connect(store);

        // A blank sku parameter is no filter at all (WooCommerce would list every product), so blank SKUs are never looked up.
        var skus = levels.Select(l => l.Sku).Where(s => !string.IsNullOrWhiteSpace(s)).Distinct(StringComparer.OrdinalIgnoreCase);
        var found = new List<ProductRef>();
        foreach (var group in StockPlan.LookupGroups(skus))
        {
            var products = await client.GetAllAsync("products", [("sku", string.Join(',', group))], cancellationToken);
            found.AddRange(products.Select(ProductRef.Read).OfType<ProductRef>());
        }

        var plan = StockPlan.Build(levels, found);
        var updated = 0;
        var refused = new List<string>();
        foreach (var batch in plan.Batches)
        {
            var answer = await client.PostAsync(batch.Path, batch.Body(), cancellationToken);
            var (done, errors) = BatchOutcome(answer, batch);
            updated += done;
            refused.AddRange(errors);
        }

        if (refused.Count > 0)
            throw new StorefrontException(StorefrontErrorKind.Rejected,
                $"WooCommerce refused {refused.Count} stock update(s) (the other {updated} were made): {string.Join("; ", refused.Take(10))}.");
        return new StockPushResult(updated, plan.UnknownSkus);
    }

    /// <summary>
    /// <c>POST orders/{id}/refunds</c> with our refund id as a marker in the reason, unless a refund of the order already
    /// carries it. <c>RecordRefundsOnly</c> (default true) sends <c>api_refund=false</c>: WooCommerce records the refund and
    /// the gateway moves no money. Lines are matched to the order's line items to say what was refunded.
    /// </summary>
    public async Task PushRefundAsync(StoreAccount store, RefundPush refund, CancellationToken cancellationToken)
    {
        var (settings, client) = Connect(store);
        var order = OrderPath(refund.ExternalOrderId);

        var existing = await client.GetAllAsync($"{order}/refunds", [], cancellationToken);
        if (RefundRequest.AlreadyRecorded(existing, refund.RefundId)) return;

        var current = (await client.GetAsync(order, [], cancellationToken)).Body;
        if (current.Str("currency") is { } currency && !string.Equals(currency, refund.Currency, StringComparison.OrdinalIgnoreCase))
            throw new StorefrontException(StorefrontErrorKind.Rejected,
                $"Refund {refund.RefundId} is in {refund.Currency} but WooCommerce order {refund.ExternalOrderId} is in {currency}.");

        var lines = RefundRequest.Lines(refund, current.Items("line_items"));
        await client.PostAsync($"{order}/refunds", RefundRequest.Body(refund, lines, settings.RecordRefundsOnly), cancellationToken);
    }

    /// <summary>
    /// <c>PUT orders/{id} {"status":"cancelled"}</c> (WooCommerce puts the stock back itself). WooCommerce orders have no
    /// cancel reason, so a reason is kept as a private order note (not shown or e-mailed to the customer), written once:
    /// a cancellation pushed again finds it among the order's notes.
    /// </summary>
    public async Task CancelOrderAsync(StoreAccount store, string externalOrderId, string? reason, CancellationToken cancellationToken)
    {
        var (_, client) = Connect(store);
        var order = OrderPath(externalOrderId);
        await client.PutAsync(order, FulfillmentNote.Status("cancelled"), cancellationToken);
        if (CancellationNote.Text(reason) is not { } note) return;

        var notes = WooCommerceClient.ListItems((await client.GetAsync($"{order}/notes", [], cancellationToken)).Body, $"{order}/notes");
        if (!CancellationNote.AlreadyNoted(notes, note))
            await client.PostAsync($"{order}/notes", CancellationNote.Body(note), cancellationToken);
    }

    private (WooCommerceStore Settings, WooCommerceClient Client) Connect(StoreAccount store)
    {
        var settings = WooCommerceStore.Read(store);
        return (settings, new WooCommerceClient(httpClientFactory.CreateClient(WooCommercePlugin.Key), settings));
    }

    /// <summary>WooCommerce order ids are positive integers; anything else never reaches the store's URL space.</summary>
    private static string OrderPath(string externalOrderId) =>
        long.TryParse(externalOrderId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
            ? $"orders/{id.ToString(CultureInfo.InvariantCulture)}"
            : throw new StorefrontException(StorefrontErrorKind.Rejected, $"'{externalOrderId}' is not a WooCommerce order id.");

    /// <summary>How many updates of a batch were made, and the ones WooCommerce refused (an item with an <c>error</c>).</summary>
    private static (int Done, IReadOnlyList<string> Refused) BatchOutcome(JsonElement answer, StockBatch batch)
    {
        if (answer.Prop("update") is not { ValueKind: JsonValueKind.Array } items)
            throw new StorefrontException(StorefrontErrorKind.Malformed, $"WooCommerce answered POST {batch.Path} without an update list.");

        var skuById = batch.Updates.ToDictionary(u => u.Id.ToString(CultureInfo.InvariantCulture), u => u.Sku);
        var done = 0;
        var refused = new List<string>();
        foreach (var item in items.EnumerateArray())
        {
            if (item.Prop("error") is { } error)
            {
                var sku = item.Id("id") is { } id && skuById.TryGetValue(id, out var s) ? s : "?";
                refused.Add($"{sku}: {error.Str("message", html: true) ?? error.Str("code") ?? "refused"}");
            }
            else
            {
                done++;
            }
        }

        return (done, refused);
    }
}
