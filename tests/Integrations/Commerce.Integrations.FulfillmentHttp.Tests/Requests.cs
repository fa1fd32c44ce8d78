using Commerce.Integrations.Abstractions.Fulfillment;

namespace Commerce.Integrations.FulfillmentHttp.Tests;

/// <summary>Requests as the platform would hand them to the adapter.</summary>
internal static class Requests
{
    public static readonly Guid OrderId = Guid.Parse("6f1c2b9e-4d3a-4e8b-9a51-0c2d7e8f9a10");

    public static FulfillmentRequest Dropship(string requestId = "ffr-2026-000123") => new(
        requestId,
        FulfillmentRequestKind.DropshipPurchaseOrder,
        OrderId,
        "#1001",
        new DateTimeOffset(2026, 11, 26, 9, 30, 0, TimeSpan.Zero),
        "ground",
        new PartnerAddress("Ada Lovelace", "12 St James's Square", "Flat 3", "London", null, "SW1Y 4JH", "GB"),
        "ada@example.com",
        "+44 20 7946 0000",
        "GBP",
        [
            new FulfillmentRequestLine(1, "MUG-BLUE", "Mug, blue \"classic\"", 2, 3.25m),
            new FulfillmentRequestLine(2, "TEA-EARL-250", null, 1, 4.125m),
        ]);

    public static FulfillmentRequest ThirdParty() => Dropship() with
    {
        Kind = FulfillmentRequestKind.ThirdPartyFulfillment,
        CustomerEmail = null,
        CustomerPhone = null,
        Lines = [new FulfillmentRequestLine(1, "MUG-BLUE", "Mug, blue", 2, null)],
    };
}
