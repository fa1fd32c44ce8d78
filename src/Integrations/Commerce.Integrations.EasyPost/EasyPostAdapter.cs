using System.Text.Json;
using Commerce.Integrations.Abstractions;
using Commerce.Integrations.Abstractions.Carriers;
using Commerce.Integrations.EasyPost.Api;
using Commerce.Integrations.EasyPost.Mapping;
using Commerce.Integrations.EasyPost.Webhooks;

namespace Commerce.Integrations.EasyPost;

/// <summary>
/// EasyPost as a carrier: a shipment is created to quote, bought by rate id, refunded to void, and tracked through
/// trackers and their webhooks. Labels are downloaded at purchase so they outlive EasyPost's file URLs.
/// </summary>
public sealed class EasyPostAdapter(IHttpClientFactory httpClientFactory) : ICarrierAdapter
{
    public PluginMetadata Metadata => EasyPostPlugin.Manifest;

    public CarrierCapabilities Capabilities =>
        CarrierCapabilities.Rates | CarrierCapabilities.Labels | CarrierCapabilities.VoidLabels | CarrierCapabilities.Tracking
        | CarrierCapabilities.TrackingWebhooks | CarrierCapabilities.ReturnLabels;

    public async Task<RateResult> RateAsync(CarrierAccount account, ShipmentDetails shipment, CancellationToken cancellationToken)
    {
        // Quotes are created with EasyPost's default format; a label in another one is converted when bought.
        var created = await Client(account).PostAsync("shipments", ShipmentRequest.Create(shipment, LabelFormat.Png), cancellationToken);
        return RateParser.Parse(created, account.Id);
    }

    public async Task<PurchasedLabel> BuyLabelAsync(CarrierAccount account, LabelPurchase purchase, CancellationToken cancellationToken)
    {
        var client = Client(account);
        var (shipmentId, rateId) = purchase.Rate is { CarrierShipmentId: { } s, CarrierRateId: { } r }
            ? (s, r)
            : await QuoteAgainAsync(client, account, purchase, isReturn: false, cancellationToken);
        return await BuyAsync(client, shipmentId, rateId, purchase.Format, cancellationToken);
    }

    /// <summary>A return is its own EasyPost shipment (<c>is_return</c>), so it is always quoted afresh and bought.</summary>
    public async Task<PurchasedLabel> BuyReturnLabelAsync(CarrierAccount account, LabelPurchase purchase, CancellationToken cancellationToken)
    {
        var client = Client(account);
        var (shipmentId, rateId) = await QuoteAgainAsync(client, account, purchase, isReturn: true, cancellationToken);
        return await BuyAsync(client, shipmentId, rateId, purchase.Format, cancellationToken);
    }

    public async Task<PurchasedLabel> ConvertLabelAsync(CarrierAccount account, LabelConversion conversion, CancellationToken cancellationToken)
    {
        var client = Client(account);
        var converted = BoughtShipmentParser.Parse(await ConvertAsync(client, conversion.CarrierShipmentId, conversion.Format, cancellationToken));
        return await DownloadAsync(client, converted, conversion.Format, cancellationToken);
    }

    public async Task VoidLabelAsync(CarrierAccount account, LabelToVoid label, CancellationToken cancellationToken)
    {
        var refunded = await Client(account).PostAsync($"shipments/{Uri.EscapeDataString(label.CarrierShipmentId)}/refund", null, cancellationToken);
        RefundParser.EnsureAccepted(refunded);
    }

    /// <summary>EasyPost answers with the existing tracker when one exists for the code, so this is safe to repeat.</summary>
    public async Task<TrackingInfo> TrackAsync(CarrierAccount account, string trackingNumber, CancellationToken cancellationToken)
    {
        var tracker = await Client(account).PostAsync("trackers", ShipmentRequest.Tracker(trackingNumber), cancellationToken);
        return TrackerParser.Parse(tracker);
    }

    public bool VerifyWebhook(CarrierAccount account, WebhookDelivery delivery)
    {
        var header = delivery.Headers.FirstOrDefault(h => string.Equals(h.Key, WebhookSignature.Header, StringComparison.OrdinalIgnoreCase)).Value;
        return WebhookSignature.Verify(account.OptionalSetting(EasyPostSettings.WebhookSecret), header, delivery.Body);
    }

    public TrackingWebhook ParseWebhook(WebhookDelivery delivery) => WebhookEventParser.Parse(delivery.Body);

    private EasyPostClient Client(CarrierAccount account) =>
        new(httpClientFactory.CreateClient(EasyPostPlugin.Key), account);

    /// <summary>Creates the shipment and picks the cheapest rate of the carrier and service the caller chose.</summary>
    private static async Task<(string ShipmentId, string RateId)> QuoteAgainAsync(
        EasyPostClient client, CarrierAccount account, LabelPurchase purchase, bool isReturn, CancellationToken cancellationToken)
    {
        var created = await client.PostAsync("shipments", ShipmentRequest.Create(purchase.Shipment, purchase.Format, isReturn), cancellationToken);
        var quote = RateParser.Parse(created, account.Id);
        var match = quote.Rates
            .Where(r => string.Equals(r.Carrier, purchase.Rate.Carrier, StringComparison.OrdinalIgnoreCase)
                && string.Equals(r.Service, purchase.Rate.Service, StringComparison.OrdinalIgnoreCase)
                && r is { CarrierRateId: not null, CarrierShipmentId: not null })
            .MinBy(r => r.Price)
            ?? throw new CarrierException(CarrierErrorKind.Rejected,
                $"EasyPost offered no {purchase.Rate.Carrier} {purchase.Rate.Service} rate for this shipment.");
        return (match.CarrierShipmentId!, match.CarrierRateId!);
    }

    private static async Task<PurchasedLabel> BuyAsync(
        EasyPostClient client, string shipmentId, string rateId, LabelFormat format, CancellationToken cancellationToken)
    {
        var bought = BoughtShipmentParser.Parse(
            await client.PostAsync($"shipments/{Uri.EscapeDataString(shipmentId)}/buy", ShipmentRequest.Buy(rateId), cancellationToken));
        try
        {
            if (bought.Label.For(format) is null)
                bought = BoughtShipmentParser.Parse(await ConvertAsync(client, bought.ShipmentId, format, cancellationToken));
            return await DownloadAsync(client, bought, format, cancellationToken);
        }
        catch (CarrierException)
        {
            // The label is paid for: hand back the purchase without its file rather than lose it. The file can be
            // fetched later (ConvertLabelAsync downloads it).
            return new PurchasedLabel(bought.TrackingCode, bought.PublicUrl, bought.Cost, bought.Currency, bought.ShipmentId, format,
                [], BoughtShipmentParser.ContentType(format));
        }
    }

    private static Task<JsonElement> ConvertAsync(EasyPostClient client, string shipmentId, LabelFormat format, CancellationToken cancellationToken) =>
        client.GetAsync($"shipments/{Uri.EscapeDataString(shipmentId)}/label?file_format={ShipmentRequest.FormatName(format)}", cancellationToken);

    private static async Task<PurchasedLabel> DownloadAsync(
        EasyPostClient client, BoughtShipment shipment, LabelFormat format, CancellationToken cancellationToken)
    {
        var url = shipment.Label.For(format);
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var address))
            throw new CarrierException(CarrierErrorKind.Malformed,
                $"EasyPost gave no {ShipmentRequest.FormatName(format)} label for shipment {shipment.ShipmentId}.");
        var file = await client.DownloadAsync(address, BoughtShipmentParser.ContentType(format), cancellationToken);
        return new PurchasedLabel(
            shipment.TrackingCode, shipment.PublicUrl, shipment.Cost, shipment.Currency, shipment.ShipmentId, format,
            file.Content, file.ContentType);
    }
}
