using System.Text.Json.Nodes;
using Commerce.Integrations.Abstractions.Carriers;

namespace Commerce.Integrations.Ups.Mapping;

/// <summary>Our addresses and parcels in the shape UPS's Rating and Shipping APIs share.</summary>
internal static class UpsParties
{
    /// <summary>UPS takes at most 35 characters of a name.</summary>
    private const int NameLength = 35;

    public static JsonObject Party(ShippingAddress address, string? shipperNumber = null)
    {
        var party = new JsonObject { ["Name"] = Truncate(address.Company ?? address.Name) };
        if (address.Company is not null) party["AttentionName"] = Truncate(address.Name);
        if (shipperNumber is not null) party["ShipperNumber"] = shipperNumber;
        if (address.Phone is not null) party["Phone"] = new JsonObject { ["Number"] = address.Phone };
        if (address.Email is not null) party["EMailAddress"] = address.Email;
        party["Address"] = Address(address);
        return party;
    }

    public static JsonObject Address(ShippingAddress address)
    {
        var lines = new JsonArray(address.Line1);
        if (!string.IsNullOrWhiteSpace(address.Line2)) lines.Add(address.Line2);
        var result = new JsonObject { ["AddressLine"] = lines, ["City"] = address.City };
        if (!string.IsNullOrWhiteSpace(address.Region)) result["StateProvinceCode"] = address.Region;
        result["PostalCode"] = address.PostalCode;
        result["CountryCode"] = address.CountryCode;
        return result;
    }

    /// <summary>Inches and pounds, every number a string as UPS expects. <paramref name="packagingKey"/> is
    /// "PackagingType" in Rating and "Packaging" in Shipping; "02" is the customer's own box.</summary>
    public static JsonObject Package(Parcel parcel, string packagingKey) => new()
    {
        [packagingKey] = new JsonObject { ["Code"] = "02", ["Description"] = "Package" },
        ["Dimensions"] = new JsonObject
        {
            ["UnitOfMeasurement"] = new JsonObject { ["Code"] = "IN", ["Description"] = "Inches" },
            ["Length"] = UpsJson.Number(parcel.LengthIn),
            ["Width"] = UpsJson.Number(parcel.WidthIn),
            ["Height"] = UpsJson.Number(parcel.HeightIn),
        },
        ["PackageWeight"] = new JsonObject
        {
            ["UnitOfMeasurement"] = new JsonObject { ["Code"] = "LBS", ["Description"] = "Pounds" },
            ["Weight"] = UpsJson.Number(parcel.WeightLb),
        },
    };

    /// <summary>Bill the shipper's own account: UPS then also returns the account's negotiated rates.</summary>
    public static JsonObject BillShipper(string shipperNumber) => new()
    {
        ["ShipmentCharge"] = new JsonArray(new JsonObject
        {
            ["Type"] = "01",
            ["BillShipper"] = new JsonObject { ["AccountNumber"] = shipperNumber },
        }),
    };

    private static string Truncate(string value) => value.Length <= NameLength ? value : value[..NameLength];
}
