using Commerce.Integrations.Abstractions;
using Commerce.Integrations.Abstractions.Carriers;
using Commerce.Integrations.Ups.Api;
using Commerce.Integrations.Ups.Mapping;

namespace Commerce.Integrations.Ups;

/// <summary>
/// UPS as the Shipping module sees it. Vendor formats stay in <c>Mapping/</c>; the transport (OAuth token cache included:
/// one per adapter, and the adapter is a singleton) in <c>Api/</c>. No tracking webhooks: the Shipping module polls.
/// </summary>
public sealed class UpsAdapter(IHttpClientFactory httpClientFactory, TimeProvider clock) : ICarrierAdapter
{
    private readonly UpsClient _client = new(httpClientFactory, new UpsOAuth(clock));

    public PluginMetadata Metadata => UpsPlugin.Info;

    public CarrierCapabilities Capabilities =>
        CarrierCapabilities.Rates | CarrierCapabilities.Labels | CarrierCapabilities.VoidLabels | CarrierCapabilities.Tracking;

    public async Task<RateResult> RateAsync(CarrierAccount account, ShipmentDetails shipment, CancellationToken cancellationToken)
    {
        var request = UpsRating.Request(shipment, account.Setting(UpsPlugin.AccountNumber));
        var answer = await _client.SendAsync(account, HttpMethod.Post, UpsRating.Path, request, cancellationToken);
        return UpsRating.Parse(answer ?? throw Empty("rate request"), account.Id);
    }

    public async Task<PurchasedLabel> BuyLabelAsync(CarrierAccount account, LabelPurchase purchase, CancellationToken cancellationToken)
    {
        var request = UpsShipping.Request(purchase, account.Setting(UpsPlugin.AccountNumber));
        var answer = await _client.SendAsync(account, HttpMethod.Post, UpsShipping.ShipPath, request, cancellationToken);
        return UpsShipping.ParseLabel(answer ?? throw Empty("ship request"), purchase.Format);
    }

    public async Task VoidLabelAsync(CarrierAccount account, LabelToVoid label, CancellationToken cancellationToken)
    {
        var answer = await _client.SendAsync(
            account, HttpMethod.Delete, UpsShipping.VoidPath(label.CarrierShipmentId), null, cancellationToken);
        UpsShipping.EnsureVoided(answer, label.CarrierShipmentId);
    }

    public async Task<TrackingInfo> TrackAsync(CarrierAccount account, string trackingNumber, CancellationToken cancellationToken)
    {
        var answer = await _client.SendAsync(account, HttpMethod.Get, UpsTracking.Path(trackingNumber), null, cancellationToken);
        return UpsTracking.Parse(answer ?? throw Empty("tracking request"), trackingNumber);
    }

    private static CarrierException Empty(string what) => new(CarrierErrorKind.Malformed, $"UPS answered a {what} with nothing.");
}
