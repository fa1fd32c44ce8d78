using Commerce.Integrations.Abstractions.Fulfillment;

namespace Commerce.Integrations.SupplierEmail.Tests;

/// <summary>A dropship purchase order and a supplier partner as the platform would hand them to the adapter.</summary>
internal static class Orders
{
    public static FulfillmentRequest PurchaseOrder(string requestId = "ffr-2026-000123") => new(
        requestId,
        FulfillmentRequestKind.DropshipPurchaseOrder,
        Guid.Parse("6f1c2b9e-4d3a-4e8b-9a51-0c2d7e8f9a10"),
        "#1001",
        new DateTimeOffset(2026, 11, 26, 9, 30, 0, TimeSpan.Zero),
        "ground",
        new PartnerAddress("Ada Lovelace", "12 St James's Square", "Flat 3", "London", null, "SW1Y 4JH", "GB"),
        "ada@example.com",
        "+44 20 7946 0000",
        "GBP",
        [
            new FulfillmentRequestLine(1, "MUG-BLUE", "Mug, blue \"classic\", 350ml", 2, 3.25m),
            new FulfillmentRequestLine(2, "TEA-EARL-250", "Earl Grey <loose leaf>", 3, 4.125m),
        ]);

    public static Dictionary<string, string> Settings(string host = "smtp.acme.example", int? port = null) => new()
    {
        ["SmtpHost"] = host,
        ["SmtpPort"] = (port ?? 587).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Security"] = "starttls",
        ["From"] = "Acme Purchasing <po@acme.example>",
        ["To"] = "orders@supplier.example, Backup Desk <backup@supplier.example>",
        ["Cc"] = "buyer@acme.example",
        ["ReplyTo"] = "Acme Buying <buyer@acme.example>",
    };

    public static PartnerAccount Supplier(IReadOnlyDictionary<string, string>? settings = null) =>
        new("teapot-supplies", "supplier-email", settings ?? Settings());

    public static SupplierEmailSettings ReadSettings(IReadOnlyDictionary<string, string>? settings = null) =>
        SupplierEmailSettings.Read(Supplier(settings));
}
