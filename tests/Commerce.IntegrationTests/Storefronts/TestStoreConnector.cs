using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Commerce.Integrations.Abstractions;
using Commerce.Integrations.Abstractions.Storefronts;

namespace Commerce.IntegrationTests.Storefronts;

/// <summary>
/// A storefront connector for the tests, in the shape of the real ones: Shopify-style webhooks (a base64 HMAC-SHA256 of
/// the raw body in <c>X-Test-Hmac-Sha256</c>; topic, webhook id, event id and triggered-at headers; WooCommerce's
/// unsigned <c>webhook_id=</c> ping) and a small JSON API, played by a <see cref="Commerce.Testing.LocalHttpServer"/>.
/// </summary>
public sealed class TestStoreConnector : IStorefrontConnector
{
    public const string Key = "test-shop";
    public const string SignatureHeader = "X-Test-Hmac-Sha256";
    public const string TopicHeader = "X-Test-Topic";
    public const string WebhookIdHeader = "X-Test-Webhook-Id";
    public const string EventIdHeader = "X-Test-Event-Id";
    public const string TriggeredAtHeader = "X-Test-Triggered-At";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(10) };

    public PluginMetadata Metadata { get; } = new(Key, "Test Shop", "1.0",
    [
        new PluginSetting("BaseUrl", "The store API's address"),
        new PluginSetting("WebhookSecret", "Signs webhooks", Secret: true),
    ]);

    public StorefrontCapabilities Capabilities =>
        StorefrontCapabilities.Webhooks | StorefrontCapabilities.PullOrders | StorefrontCapabilities.PushFulfillment | StorefrontCapabilities.PushStock
        | StorefrontCapabilities.CancelOrder;

    public WebhookCheck VerifyWebhook(StoreAccount store, WebhookDelivery delivery)
    {
        var signature = delivery.Header(SignatureHeader);
        if (signature is null && Encoding.UTF8.GetString(delivery.Body).StartsWith("webhook_id=", StringComparison.Ordinal)) return WebhookCheck.Ping;
        return HmacSignature.VerifyBase64(signature, delivery.Body, store.Setting("WebhookSecret")) ? WebhookCheck.Valid : WebhookCheck.Invalid;
    }

    public WebhookIdentity IdentifyWebhook(WebhookDelivery delivery) => new(
        delivery.Header(TopicHeader) ?? throw new StorefrontException(StorefrontErrorKind.Malformed, $"No {TopicHeader} header."),
        delivery.Header(WebhookIdHeader), delivery.Header(EventIdHeader),
        DateTimeOffset.TryParse(delivery.Header(TriggeredAtHeader), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : null);

    public StorefrontEvent ParseWebhook(StoreAccount store, WebhookDelivery delivery)
    {
        var topic = delivery.Header(TopicHeader) ?? "";
        try
        {
            return topic switch
            {
                "orders/create" or "orders/updated" or "orders/cancelled" => new StoreOrderChanged(ToStoreOrder(Read<TestOrder>(delivery.Body))),
                "orders/delete" => ToDeletion(Read<TestDeletion>(delivery.Body)),
                "refunds/create" => ToRefund(Read<TestRefund>(delivery.Body)),
                _ => new StoreEventIgnored(topic),
            };
        }
        catch (JsonException e)
        {
            throw new StorefrontException(StorefrontErrorKind.Malformed, $"The {topic} body is not the JSON expected: {e.Message}", inner: e);
        }
    }

    public async Task<StoreOrderPage> PullOrdersAsync(StoreAccount store, string? cursor, CancellationToken cancellationToken)
    {
        using var response = await Http.GetAsync(new Uri(BaseUrl(store), $"orders?cursor={Uri.EscapeDataString(cursor ?? "")}"), cancellationToken);
        await ThrowOnFailure(response, cancellationToken);
        var page = await response.Content.ReadFromJsonAsync<TestOrderPage>(Json, cancellationToken)
                   ?? throw new StorefrontException(StorefrontErrorKind.Malformed, "Empty page.");
        return new StoreOrderPage(page.Orders.Select(ToStoreOrder).ToList(), page.NextCursor, page.HasMore);
    }

    public async Task PushFulfillmentAsync(StoreAccount store, FulfillmentPush fulfillment, CancellationToken cancellationToken)
    {
        var body = new
        {
            fulfillment.FulfillmentId, fulfillment.Carrier, fulfillment.TrackingNumber, fulfillment.TrackingUrl, fulfillment.NotifyCustomer,
            Lines = fulfillment.Lines.Select(l => new { LineId = l.ExternalLineId, l.Sku, l.Quantity }),
        };
        using var response = await Http.PostAsJsonAsync(
            new Uri(BaseUrl(store), $"orders/{Uri.EscapeDataString(fulfillment.ExternalOrderId)}/fulfillments"), body, Json, cancellationToken);
        await ThrowOnFailure(response, cancellationToken);
    }

    public async Task<StockPushResult> PushStockLevelsAsync(StoreAccount store, IReadOnlyList<StockLevelPush> levels, CancellationToken cancellationToken)
    {
        using var response = await Http.PostAsJsonAsync(new Uri(BaseUrl(store), "inventory"),
            new { Levels = levels.Select(l => new { l.Sku, l.Available }) }, Json, cancellationToken);
        await ThrowOnFailure(response, cancellationToken);
        var result = await response.Content.ReadFromJsonAsync<TestStockResult>(Json, cancellationToken);
        return new StockPushResult(result?.Updated ?? levels.Count, result?.Unknown ?? []);
    }

    public async Task CancelOrderAsync(StoreAccount store, string externalOrderId, string? reason, CancellationToken cancellationToken)
    {
        using var response = await Http.PostAsJsonAsync(
            new Uri(BaseUrl(store), $"orders/{Uri.EscapeDataString(externalOrderId)}/cancel"), new { Reason = reason }, Json, cancellationToken);
        await ThrowOnFailure(response, cancellationToken);
    }

    private static Uri BaseUrl(StoreAccount store) => new(store.Setting("BaseUrl").TrimEnd('/') + "/");

    private static async Task ThrowOnFailure(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode) return;
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        var status = (int)response.StatusCode;
        var kind = response.StatusCode == HttpStatusCode.TooManyRequests || status >= 500 ? StorefrontErrorKind.Unavailable : StorefrontErrorKind.Rejected;
        throw new StorefrontException(kind, $"The store answered {status}: {text}", status);
    }

    private static T Read<T>(byte[] body) =>
        JsonSerializer.Deserialize<T>(body, Json) ?? throw new StorefrontException(StorefrontErrorKind.Malformed, "The body is empty.");

    private static StoreOrder ToStoreOrder(TestOrder o) => new(
        o.Id ?? throw new StorefrontException(StorefrontErrorKind.Malformed, "The order has no id."),
        o.Number, o.Status ?? "open", o.CreatedAt, o.UpdatedAt,
        new StoreCustomer(o.Customer?.Name, o.Customer?.Email, o.Customer?.Phone),
        o.ShippingAddress is { } a ? new StoreAddress(a.Name, a.Line1, a.Line2, a.City, a.Region, a.PostalCode, a.CountryCode) : null,
        o.Currency ?? "USD", o.Total, o.ServiceLevel,
        (o.Lines ?? []).Select(l => new StoreOrderLine(l.Id, l.Sku, l.Title ?? "", l.Quantity, l.UnitPrice)).ToList(),
        o.Cancelled, o.CancelReason);

    private static StoreOrderDeleted ToDeletion(TestDeletion d) => new(d.Id, d.At);

    private static StoreRefundCreated ToRefund(TestRefund r) => new(r.OrderId, r.Id, r.Amount, r.Currency, r.Reason, r.At,
        (r.Lines ?? []).Select(l => new StoreRefundLine(l.LineId, l.Sku, l.Quantity, l.Restock)).ToList());
}

public sealed record TestOrder(
    string? Id, string? Number, string? Status, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, TestCustomer? Customer,
    TestAddress? ShippingAddress, string? Currency, decimal Total, string? ServiceLevel, List<TestLine>? Lines, bool Cancelled = false,
    string? CancelReason = null);

public sealed record TestCustomer(string? Name, string? Email, string? Phone);

public sealed record TestAddress(string? Name, string? Line1, string? Line2, string? City, string? Region, string? PostalCode, string? CountryCode);

public sealed record TestLine(string Id, string? Sku, string? Title, int Quantity, decimal UnitPrice);

public sealed record TestDeletion(string Id, DateTimeOffset At);

public sealed record TestRefund(string Id, string OrderId, decimal Amount, string Currency, string? Reason, DateTimeOffset At, List<TestRefundLine>? Lines);

public sealed record TestRefundLine(string LineId, string? Sku, int Quantity, bool Restock);

public sealed record TestOrderPage(List<TestOrder> Orders, string? NextCursor, bool HasMore);

public sealed record TestStockResult(int Updated, List<string>? Unknown);
