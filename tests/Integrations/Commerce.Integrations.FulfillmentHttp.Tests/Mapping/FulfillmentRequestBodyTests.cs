using System.Text.Json;
using Commerce.Integrations.Abstractions;
using Commerce.Integrations.Abstractions.Fulfillment;
using Commerce.Integrations.FulfillmentHttp.Mapping;
using Commerce.Integrations.FulfillmentHttp.Webhooks;
using CsCheck;

namespace Commerce.Integrations.FulfillmentHttp.Tests.Mapping;

public sealed class FulfillmentRequestBodyTests
{
    [Fact]
    public void A_dropship_request_is_written_with_every_documented_field_in_camel_case()
    {
        using var json = JsonDocument.Parse(FulfillmentRequestBody.Serialize(Requests.Dropship()));
        var root = json.RootElement;

        Assert.Equal("ffr-2026-000123", root.GetProperty("requestId").GetString());
        Assert.Equal("dropship-purchase-order", root.GetProperty("kind").GetString());
        Assert.Equal(Requests.OrderId, root.GetProperty("orderId").GetGuid());
        Assert.Equal("#1001", root.GetProperty("orderReference").GetString());
        Assert.Equal("2026-11-26T09:30:00+00:00", root.GetProperty("createdAt").GetString());
        Assert.Equal("ground", root.GetProperty("serviceLevel").GetString());
        var shipTo = root.GetProperty("shipTo");
        Assert.Equal("Ada Lovelace", shipTo.GetProperty("name").GetString());
        Assert.Equal("12 St James's Square", shipTo.GetProperty("line1").GetString());
        Assert.Equal("Flat 3", shipTo.GetProperty("line2").GetString());
        Assert.Equal("London", shipTo.GetProperty("city").GetString());
        Assert.Equal(JsonValueKind.Null, shipTo.GetProperty("region").ValueKind);
        Assert.Equal("SW1Y 4JH", shipTo.GetProperty("postalCode").GetString());
        Assert.Equal("GB", shipTo.GetProperty("countryCode").GetString());
        Assert.Equal("ada@example.com", root.GetProperty("customer").GetProperty("email").GetString());
        Assert.Equal("+44 20 7946 0000", root.GetProperty("customer").GetProperty("phone").GetString());
        Assert.Equal("GBP", root.GetProperty("currency").GetString());
        var lines = root.GetProperty("lines").EnumerateArray().ToList();
        Assert.Equal(2, lines.Count);
        Assert.Equal(1, lines[0].GetProperty("lineNumber").GetInt32());
        Assert.Equal("MUG-BLUE", lines[0].GetProperty("sku").GetString());
        Assert.Equal("Mug, blue \"classic\"", lines[0].GetProperty("description").GetString());
        Assert.Equal(2, lines[0].GetProperty("quantity").GetInt32());
        Assert.Equal(3.25m, lines[0].GetProperty("unitCost").GetDecimal());
        Assert.Equal(JsonValueKind.Null, lines[1].GetProperty("description").ValueKind);
        Assert.Equal(4.125m, lines[1].GetProperty("unitCost").GetDecimal());
    }

    [Fact]
    public void A_third_party_request_has_its_kind_and_null_costs_and_contact()
    {
        using var json = JsonDocument.Parse(FulfillmentRequestBody.Serialize(Requests.ThirdParty()));
        var root = json.RootElement;

        Assert.Equal("third-party-fulfillment", root.GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("customer").GetProperty("email").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("customer").GetProperty("phone").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("lines")[0].GetProperty("unitCost").ValueKind);
    }

    [Fact]
    public void The_same_request_always_gives_the_same_bytes_so_a_resend_carries_the_same_signature()
    {
        Assert.Equal(FulfillmentRequestBody.Serialize(Requests.Dropship()), FulfillmentRequestBody.Serialize(Requests.Dropship()));
    }

    private static readonly string[] Awkward = ["", " ", "\"", "\\", ",", "\n", "é", "€", "<script>", "😀"];

    /// <summary>Plain text with a character JSON must escape, or one outside ASCII, at the end.</summary>
    private static readonly Gen<string> Text =
        Gen.Select(Gen.Char["abcdefghijklmnopqrstuvwxyzABCXYZ0123456789-_#"].Array[1, 12], Gen.Int[0, Awkward.Length - 1])
            .Select((chars, awkward) => new string(chars) + Awkward[awkward]);

    private static readonly Gen<FulfillmentRequestLine> Line =
        Gen.Select(Gen.Int[1, 99], Text, Text.Null(), Gen.Int[1, 500], Gen.Decimal[0m, 10_000m].Select(d => decimal.Round(d, 4)).Nullable())
            .Select((number, sku, description, quantity, cost) => new FulfillmentRequestLine(number, sku, description, quantity, cost));

    private static readonly Gen<FulfillmentRequest> Request =
        Gen.Select(Text, Gen.Enum<FulfillmentRequestKind>(), Gen.Guid, Text, Gen.DateTimeOffset, Text.Null(), Line.Array[1, 6])
            .Select((id, kind, orderId, reference, createdAt, email, lines) => new FulfillmentRequest(
                id, kind, orderId, reference, createdAt, "standard",
                new PartnerAddress("Name " + id, "Line " + reference, null, reference, email, "12345", "US"),
                email, null, "USD", lines));

    [Fact]
    public void Any_request_round_trips_through_the_body_and_its_signature_verifies_only_untampered()
    {
        Request.Sample(request =>
        {
            var body = FulfillmentRequestBody.Serialize(request);
            var signature = RequestSignature.Sign("whsec_test", body);

            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            Assert.Equal(request.RequestId, root.GetProperty("requestId").GetString());
            Assert.Equal(FulfillmentRequestBody.KindName(request.Kind), root.GetProperty("kind").GetString());
            Assert.Equal(request.OrderId, root.GetProperty("orderId").GetGuid());
            Assert.Equal(request.OrderReference, root.GetProperty("orderReference").GetString());
            Assert.Equal(request.CreatedAt, root.GetProperty("createdAt").GetDateTimeOffset());
            Assert.Equal(request.ShipTo.City, root.GetProperty("shipTo").GetProperty("city").GetString());
            Assert.Equal(request.CustomerEmail, root.GetProperty("customer").GetProperty("email").GetString());
            var lines = root.GetProperty("lines").EnumerateArray().Select(l => new FulfillmentRequestLine(
                l.GetProperty("lineNumber").GetInt32(), l.GetProperty("sku").GetString()!, l.GetProperty("description").GetString(),
                l.GetProperty("quantity").GetInt32(),
                l.GetProperty("unitCost").ValueKind == JsonValueKind.Null ? null : l.GetProperty("unitCost").GetDecimal()));
            Assert.Equal(request.Lines, lines);

            Assert.True(RequestSignature.Verify("whsec_test", signature, body));
            Assert.True(HmacSignature.VerifyBase64(signature, body, "whsec_test"));
            Assert.False(RequestSignature.Verify("whsec_other", signature, body));
            var tampered = body.ToArray();
            tampered[body.Length / 2] ^= 0x01;
            Assert.False(RequestSignature.Verify("whsec_test", signature, tampered));
        });
    }
}
