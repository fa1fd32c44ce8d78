using System.Globalization;
using System.Text.Json.Nodes;
using Commerce.Integrations.Abstractions.Carriers;

namespace Commerce.Integrations.Ups.Mapping;

/// <summary>The Rating API's "Shop" request (every service at once) and its answer, as pure functions.</summary>
internal static class UpsRating
{
    public const string Path = "api/rating/v2409/Shop?additionalinfo=timeintransit";

    public static JsonObject Request(ShipmentDetails shipment, string shipperNumber) => new()
    {
        ["RateRequest"] = new JsonObject
        {
            ["Request"] = new JsonObject
            {
                ["RequestOption"] = "Shop",
                ["TransactionReference"] = new JsonObject { ["CustomerContext"] = shipment.Reference },
            },
            ["Shipment"] = new JsonObject
            {
                ["Shipper"] = UpsParties.Party(shipment.From, shipperNumber),
                ["ShipTo"] = UpsParties.Party(shipment.To),
                ["ShipFrom"] = UpsParties.Party(shipment.From),
                ["PaymentDetails"] = UpsParties.BillShipper(shipperNumber),
                ["NumOfPieces"] = "1",
                ["Package"] = new JsonArray(UpsParties.Package(shipment.Parcel, "PackagingType")),
                ["ShipmentRatingOptions"] = new JsonObject { ["NegotiatedRatesIndicator"] = "Y" },
                // "03" = non-document package: asks for time in transit alongside the prices.
                ["DeliveryTimeInformation"] = new JsonObject { ["PackageBillType"] = "03" },
            },
        },
    };

    /// <summary>
    /// One <see cref="CarrierRate"/> per RatedShipment (an array, or a bare object when UPS has one service). A rated
    /// shipment without a service code or a readable price is skipped with the reason, never thrown.
    /// <see cref="CarrierRate.CarrierRateId"/> holds the UPS service code, which is what buying the label needs.
    /// </summary>
    public static RateResult Parse(JsonNode answer, string accountId)
    {
        var rateResponse = answer["RateResponse"] as JsonObject
            ?? throw new CarrierException(CarrierErrorKind.Malformed, "UPS answered a rate request without a RateResponse.");

        var rates = new List<CarrierRate>();
        var skipped = new List<string>();
        foreach (var rated in UpsJson.Items(rateResponse["RatedShipment"]))
        {
            var code = UpsJson.Text(rated["Service"]?["Code"])?.Trim();
            if (string.IsNullOrEmpty(code))
            {
                skipped.Add("UPS: a rated shipment has no service code.");
                continue;
            }

            var service = UpsServices.Name(code, UpsJson.Text(rated["Service"]?["Description"]));
            var money = rated["NegotiatedRateCharges"]?["TotalCharge"] is JsonObject negotiated && UpsJson.Decimal(negotiated["MonetaryValue"]) is not null
                ? negotiated
                : rated["TotalCharges"];
            var price = UpsJson.Decimal(money?["MonetaryValue"]);
            var currency = UpsJson.Text(money?["CurrencyCode"])?.Trim();
            if (price is null || string.IsNullOrEmpty(currency))
            {
                skipped.Add($"UPS {service}: the price '{UpsJson.Text(money?["MonetaryValue"])}' cannot be read.");
                continue;
            }

            var (transitDays, arrival) = Transit(rated);
            rates.Add(new CarrierRate(
                accountId, "UPS", service, price.Value, currency, transitDays, arrival, BillingWeightLb(rated), code, null));
        }

        return new RateResult(rates, skipped);
    }

    private static decimal? BillingWeightLb(JsonObject rated)
    {
        var weight = UpsJson.Decimal(rated["BillingWeight"]?["Weight"]);
        var unit = UpsJson.Text(rated["BillingWeight"]?["UnitOfMeasurement"]?["Code"])?.Trim();
        return unit switch
        {
            null or "" or "LBS" => weight,
            "KGS" => weight is { } kg ? Math.Round(kg * 2.20462m, 2) : null,
            _ => null,
        };
    }

    /// <summary>Guaranteed business days first; else the time-in-transit summary UPS adds with additionalinfo=timeintransit.</summary>
    private static (int? Days, DateOnly? Arrival) Transit(JsonObject rated)
    {
        var estimated = rated["TimeInTransit"]?["ServiceSummary"]?["EstimatedArrival"];
        var days = UpsJson.Int(rated["GuaranteedDelivery"]?["BusinessDaysInTransit"])
            ?? UpsJson.Int(estimated?["BusinessDaysInTransit"]);
        DateOnly? arrival = DateOnly.TryParseExact(UpsJson.Text(estimated?["Arrival"]?["Date"]), "yyyyMMdd",
            CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
        return (days, arrival);
    }
}
