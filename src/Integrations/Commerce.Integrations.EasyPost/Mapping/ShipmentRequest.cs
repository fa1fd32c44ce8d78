using System.Text.Json.Nodes;
using Commerce.Integrations.Abstractions.Carriers;

namespace Commerce.Integrations.EasyPost.Mapping;

/// <summary>Builds EasyPost request bodies from our shipment; EasyPost measures in inches and ounces.</summary>
internal static class ShipmentRequest
{
    public static JsonObject Create(ShipmentDetails shipment, LabelFormat format, bool isReturn = false)
    {
        var body = new JsonObject
        {
            ["from_address"] = Address(shipment.From),
            ["to_address"] = Address(shipment.To),
            ["parcel"] = Parcel(shipment.Parcel),
            ["options"] = new JsonObject { ["label_format"] = FormatName(format) },
            ["reference"] = shipment.Reference,
        };
        if (isReturn) body["is_return"] = true;
        return new JsonObject { ["shipment"] = body };
    }

    public static JsonObject Buy(string rateId) => new() { ["rate"] = new JsonObject { ["id"] = rateId } };

    public static JsonObject Tracker(string trackingCode) =>
        new() { ["tracker"] = new JsonObject { ["tracking_code"] = trackingCode } };

    public static string FormatName(LabelFormat format) => format switch
    {
        LabelFormat.Pdf => "PDF",
        LabelFormat.Png => "PNG",
        LabelFormat.Zpl => "ZPL",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "EasyPost has no such label format."),
    };

    /// <summary>
    /// Our parcel weighs in pounds; EasyPost wants ounces. Rounded up to a tenth of an ounce (EasyPost's precision)
    /// so a package is never declared lighter than it is.
    /// </summary>
    public static decimal Ounces(decimal pounds) => Math.Ceiling(pounds * 16m * 10m) / 10m;

    private static JsonObject Parcel(Parcel parcel) => new()
    {
        ["length"] = parcel.LengthIn,
        ["width"] = parcel.WidthIn,
        ["height"] = parcel.HeightIn,
        ["weight"] = Ounces(parcel.WeightLb),
    };

    private static JsonObject Address(ShippingAddress address)
    {
        var json = new JsonObject
        {
            ["name"] = address.Name,
            ["street1"] = address.Line1,
            ["city"] = address.City,
            ["zip"] = address.PostalCode,
            ["country"] = address.CountryCode,
        };
        AddIfPresent(json, "company", address.Company);
        AddIfPresent(json, "street2", address.Line2);
        AddIfPresent(json, "state", address.Region);
        AddIfPresent(json, "phone", address.Phone);
        AddIfPresent(json, "email", address.Email);
        return json;
    }

    private static void AddIfPresent(JsonObject json, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value)) json[name] = value;
    }
}
