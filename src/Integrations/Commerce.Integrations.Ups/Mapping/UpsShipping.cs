using System.Text.Json.Nodes;
using Commerce.Integrations.Abstractions.Carriers;

namespace Commerce.Integrations.Ups.Mapping;

/// <summary>The Shipping API: buying a label ("ship") and voiding it, as pure functions.</summary>
internal static class UpsShipping
{
    public const string ShipPath = "api/shipments/v2409/ship";

    public static string VoidPath(string shipmentIdentificationNumber) =>
        $"api/shipments/v2409/void/cancel/{Uri.EscapeDataString(shipmentIdentificationNumber)}";

    public static string TrackingUrl(string trackingNumber) =>
        $"https://www.ups.com/track?tracknum={Uri.EscapeDataString(trackingNumber)}";

    /// <summary>
    /// The ship request for the service of the chosen rate (its UPS code is the rate's <see cref="CarrierRate.CarrierRateId"/>;
    /// a rate from elsewhere may name the service instead). UPS prints PNG (or GIF) and ZPL, never PDF: asking for PDF is
    /// rejected here, before anything is bought.
    /// </summary>
    public static JsonObject Request(LabelPurchase purchase, string shipperNumber)
    {
        var imageFormat = purchase.Format switch
        {
            LabelFormat.Png => "PNG",
            LabelFormat.Zpl => "ZPL",
            _ => throw new CarrierException(CarrierErrorKind.Rejected,
                $"UPS does not print {purchase.Format} labels: ask for PNG or ZPL."),
        };
        var serviceCode = ServiceCode(purchase.Rate);
        var shipment = purchase.Shipment;

        var package = UpsParties.Package(shipment.Parcel, "Packaging");
        package["ReferenceNumber"] = new JsonObject { ["Value"] = shipment.Reference };

        var label = new JsonObject { ["LabelImageFormat"] = new JsonObject { ["Code"] = imageFormat, ["Description"] = imageFormat } };
        // Thermal formats need the stock size; 4 x 6 in is the standard shipping label.
        if (purchase.Format == LabelFormat.Zpl) label["LabelStockSize"] = new JsonObject { ["Height"] = "6", ["Width"] = "4" };

        return new JsonObject
        {
            ["ShipmentRequest"] = new JsonObject
            {
                ["Request"] = new JsonObject
                {
                    ["RequestOption"] = "nonvalidate",
                    ["TransactionReference"] = new JsonObject { ["CustomerContext"] = shipment.Reference },
                },
                ["Shipment"] = new JsonObject
                {
                    ["Description"] = shipment.Reference,
                    ["Shipper"] = UpsParties.Party(shipment.From, shipperNumber),
                    ["ShipTo"] = UpsParties.Party(shipment.To),
                    ["ShipFrom"] = UpsParties.Party(shipment.From),
                    ["PaymentInformation"] = UpsParties.BillShipper(shipperNumber),
                    ["Service"] = new JsonObject { ["Code"] = serviceCode, ["Description"] = UpsServices.Name(serviceCode) },
                    ["ShipmentRatingOptions"] = new JsonObject { ["NegotiatedRatesIndicator"] = "Y" },
                    ["Package"] = new JsonArray(package),
                },
                ["LabelSpecification"] = label,
            },
        };
    }

    /// <summary>
    /// The bought label: shipment id, the (first) package's tracking number and label image, and the cost, which is the
    /// account's negotiated total when UPS gives one (as in rating), else the published total.
    /// </summary>
    public static PurchasedLabel ParseLabel(JsonNode answer, LabelFormat format)
    {
        var results = answer["ShipmentResponse"]?["ShipmentResults"] as JsonObject
            ?? throw Malformed("without ShipmentResults");
        var shipmentId = UpsJson.Text(results["ShipmentIdentificationNumber"])?.Trim();
        var package = UpsJson.Items(results["PackageResults"]).FirstOrDefault();
        var trackingNumber = UpsJson.Text(package?["TrackingNumber"])?.Trim();
        var image = UpsJson.Text(package?["ShippingLabel"]?["GraphicImage"]);
        if (string.IsNullOrEmpty(shipmentId) || string.IsNullOrEmpty(trackingNumber) || string.IsNullOrEmpty(image))
            throw Malformed("without a shipment id, a tracking number or a label image");

        byte[] content;
        try
        {
            content = Convert.FromBase64String(image);
        }
        catch (FormatException e)
        {
            throw new CarrierException(CarrierErrorKind.Malformed, "UPS answered a label image that is not base64.", inner: e);
        }

        var money = results["NegotiatedRateCharges"]?["TotalCharge"] is JsonObject negotiated && UpsJson.Decimal(negotiated["MonetaryValue"]) is not null
            ? negotiated
            : results["ShipmentCharges"]?["TotalCharges"];
        var cost = UpsJson.Decimal(money?["MonetaryValue"]) ?? throw Malformed("without a readable total charge");
        var currency = UpsJson.Text(money?["CurrencyCode"])?.Trim();
        if (string.IsNullOrEmpty(currency)) throw Malformed("without a currency");

        return new PurchasedLabel(trackingNumber, TrackingUrl(trackingNumber), cost, currency, shipmentId, format, content,
            format == LabelFormat.Zpl ? "application/zpl" : "image/png");
    }

    /// <summary>A void UPS answered 2xx to, unless its summary says otherwise (status code "1" is success).</summary>
    public static void EnsureVoided(JsonNode? answer, string shipmentIdentificationNumber)
    {
        var status = answer?["VoidShipmentResponse"]?["SummaryResult"]?["Status"];
        var code = UpsJson.Text(status?["Code"])?.Trim();
        if (code is null or "1") return;
        var description = UpsJson.Text(status?["Description"])?.Trim();
        throw new CarrierException(CarrierErrorKind.Rejected,
            $"UPS did not void shipment {shipmentIdentificationNumber}: {description ?? "status " + code}.", code);
    }

    private static string ServiceCode(CarrierRate rate) =>
        (string.IsNullOrWhiteSpace(rate.CarrierRateId) ? null : rate.CarrierRateId.Trim())
        ?? UpsServices.Code(rate.Service)
        ?? throw new CarrierException(CarrierErrorKind.Rejected, $"'{rate.Service}' is not a UPS service this adapter knows.");

    private static CarrierException Malformed(string what) =>
        new(CarrierErrorKind.Malformed, $"UPS answered a ship request {what}.");
}
