using Commerce.Integrations.Abstractions;
using Commerce.Integrations.Abstractions.Carriers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Integrations.TableRate;

/// <summary>
/// A retailer's own couriers, who have no API: prices from a configured table (zone × weight band × service level),
/// tracking numbers generated here, labels printed here, statuses posted by staff or a CSV from the courier.
/// </summary>
public sealed class TableRatePlugin : IIntegrationPlugin
{
    public static readonly PluginMetadata Info = new("table-rate", "Table-rate courier", "1.0",
    [
        new("Zones", "Zones:{n}:Origin / Destination (postal code prefixes, * for any) / Zone: the longest matching prefixes win."),
        new("Rates", "Rates:{n}:Service / Zone / MaxWeightLb / Price / TransitDays: the lightest band that holds the billable weight prices it."),
        new("Currency", "ISO 4217 currency of the prices (USD when not set).", Required: false),
        new("DimDivisor", "Cubic inches per pound for dimensional weight (139 when not set).", Required: false),
        new("TrackingPrefix", "Letters that start the courier's tracking numbers (TR when not set).", Required: false),
        new("TrackingUrl", "Public tracking page, {0} standing for the tracking number.", Required: false),
    ]);

    public PluginMetadata Metadata => Info;

    public void AddServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddSingleton<ICarrierAdapter, TableRateAdapter>();
}
