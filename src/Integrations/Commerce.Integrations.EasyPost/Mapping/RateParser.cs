using System.Text.Json;
using Commerce.Integrations.Abstractions.Carriers;

namespace Commerce.Integrations.EasyPost.Mapping;

/// <summary>
/// Turns an EasyPost Shipment into normalised rates. A carrier's <c>rate_error</c> message and a rate we cannot read
/// become <see cref="RateResult.Skipped"/> reasons: one bad rate never costs the others.
/// </summary>
internal static class RateParser
{
    public static RateResult Parse(JsonElement shipment, string accountId)
    {
        var shipmentId = shipment.Str("id");
        var rates = new List<CarrierRate>();
        var skipped = new List<string>();

        foreach (var rate in shipment.Items("rates"))
        {
            var carrier = rate.Str("carrier");
            var service = rate.Str("service");
            var price = rate.Decimal("rate");
            var currency = rate.Str("currency");
            var name = $"{carrier ?? "unknown carrier"} {service ?? "unknown service"}";

            if (carrier is null || service is null)
                skipped.Add($"{name}: the rate names no carrier or service.");
            else if (price is null || price < 0)
                skipped.Add($"{name}: the price '{Raw(rate, "rate")}' cannot be read.");
            else if (currency is null || currency.Length != 3)
                skipped.Add($"{name}: the currency '{Raw(rate, "currency")}' cannot be read.");
            else
                rates.Add(new CarrierRate(
                    accountId, carrier, service, price.Value, currency.ToUpperInvariant(),
                    rate.Int("delivery_days") ?? rate.Int("est_delivery_days"),
                    rate.Date("delivery_date"),
                    BillableWeightLb: null,
                    rate.Str("id"),
                    rate.Str("shipment_id") ?? shipmentId));
        }

        foreach (var message in shipment.Items("messages"))
            skipped.Add($"{message.Str("carrier") ?? "EasyPost"}: {message.Str("message") ?? "no rate"}");

        return new RateResult(rates, skipped.Distinct().ToList());
    }

    private static string Raw(JsonElement rate, string name) => rate.Prop(name)?.ToString() ?? "missing";
}
