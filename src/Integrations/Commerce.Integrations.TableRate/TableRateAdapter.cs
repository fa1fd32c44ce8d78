using System.Globalization;
using System.Security.Cryptography;
using Commerce.Integrations.Abstractions;
using Commerce.Integrations.Abstractions.Carriers;

namespace Commerce.Integrations.TableRate;

/// <summary>Rates, labels and tracking numbers for couriers without an API; statuses come in through the Shipping API.</summary>
public sealed class TableRateAdapter(TimeProvider clock) : ICarrierAdapter
{
    public PluginMetadata Metadata => TableRatePlugin.Info;

    public CarrierCapabilities Capabilities => CarrierCapabilities.Rates | CarrierCapabilities.Labels | CarrierCapabilities.VoidLabels;

    public Task<RateResult> RateAsync(CarrierAccount account, ShipmentDetails shipment, CancellationToken cancellationToken)
    {
        var table = RateTable.From(account);
        var zone = table.ZoneOf(shipment.From.PostalCode, shipment.To.PostalCode);
        if (zone is null)
            return Task.FromResult(new RateResult([], [$"{account}: no zone covers {shipment.From.PostalCode} → {shipment.To.PostalCode}."]));
        var weight = table.BillableWeight(shipment.Parcel);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var rates = table.Quote(zone, weight)
            .Select(b => new CarrierRate(account.Id, Name(account), b.Service, b.Price, table.Currency, b.TransitDays,
                BusinessDays.After(today, b.TransitDays), weight, null, null))
            .OrderBy(r => r.Price)
            .ToList();
        IReadOnlyList<string> skipped = rates.Count == 0 ? [$"{account}: no band of zone {zone} takes {weight} lb."] : [];
        return Task.FromResult(new RateResult(rates, skipped));
    }

    public Task<PurchasedLabel> BuyLabelAsync(CarrierAccount account, LabelPurchase purchase, CancellationToken cancellationToken)
    {
        var prefix = account.OptionalSetting("TrackingPrefix") ?? "TR";
        var trackingNumber = prefix + RandomNumberGenerator.GetInt32(0, int.MaxValue).ToString("D10", CultureInfo.InvariantCulture)
                                    + RandomNumberGenerator.GetInt32(0, 100).ToString("D2", CultureInfo.InvariantCulture);
        var (content, type) = CourierLabel.Render(purchase.Format, Name(account), purchase.Rate.Service, trackingNumber, purchase.Shipment);
        var url = account.OptionalSetting("TrackingUrl") is { } template ? string.Format(CultureInfo.InvariantCulture, template, trackingNumber) : null;
        return Task.FromResult(new PurchasedLabel(trackingNumber, url, purchase.Rate.Price, purchase.Rate.Currency, trackingNumber,
            purchase.Format, content, type));
    }

    /// <summary>Nothing to cancel remotely: the courier never heard of the label.</summary>
    public Task VoidLabelAsync(CarrierAccount account, LabelToVoid label, CancellationToken cancellationToken) => Task.CompletedTask;

    private static string Name(CarrierAccount account) => account.OptionalSetting("DisplayName") ?? account.Id;
}
