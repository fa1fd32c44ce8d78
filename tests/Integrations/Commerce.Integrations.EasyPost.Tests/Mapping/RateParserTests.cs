using System.Text.Json.Nodes;
using Commerce.Integrations.EasyPost.Mapping;

namespace Commerce.Integrations.EasyPost.Tests.Mapping;

public sealed class RateParserTests
{
    [Fact]
    public void A_created_shipment_gives_normalised_rates_with_the_ids_needed_to_buy_them()
    {
        var result = RateParser.Parse(Recorded.Response("shipment_service_create"), "acct-1");

        Assert.Equal(3, result.Rates.Count);
        var express = Assert.Single(result.Rates, r => r.Service == "Express");
        Assert.Equal("acct-1", express.AccountId);
        Assert.Equal("USPS", express.Carrier);
        Assert.Equal(34.10m, express.Price);
        Assert.Equal("USD", express.Currency);
        Assert.Equal(1, express.TransitDays);
        Assert.Null(express.EstimatedDelivery);
        Assert.Equal("rate_c8843c9a92434de0aeb0ea48a20f3fbd", express.CarrierRateId);
        Assert.Equal("shp_a4e3a10b922142038f5cd371dc3b4559", express.CarrierShipmentId);
        Assert.Contains(result.Rates, r => r is { Service: "Priority", Price: 6.90m, TransitDays: 2 });
    }

    [Fact]
    public void Carrier_rate_errors_become_skipped_reasons_naming_the_carrier_once_each()
    {
        var result = RateParser.Parse(Recorded.Response("shipment_service_create"), "acct-1");

        Assert.Contains("DhlEcs: shipment.customs_info.customs_items.0.code: field required", result.Skipped);
        Assert.Contains("UPS: Account numbers should be 6 characters or less.", result.Skipped);
        Assert.Single(result.Skipped, s => s == "UPS: No rate response received.");
    }

    [Fact]
    public void A_rate_whose_price_or_currency_cannot_be_read_is_skipped_with_a_reason()
    {
        var shipment = JsonNode.Parse(Recorded.ResponseBody("shipment_service_create"))!;
        shipment["rates"]![0]!["rate"] = "n/a";
        shipment["rates"]![1]!["currency"] = null;

        var result = RateParser.Parse(JsonSerializerRoundTrip(shipment), "acct-1");

        var only = Assert.Single(result.Rates);
        Assert.Equal("GroundAdvantage", only.Service);
        Assert.Contains("USPS Express: the price 'n/a' cannot be read.", result.Skipped);
        Assert.Contains("USPS Priority: the currency 'missing' cannot be read.", result.Skipped);
    }

    [Fact]
    public void A_delivery_date_and_est_delivery_days_are_read_when_delivery_days_is_missing()
    {
        var shipment = JsonNode.Parse(Recorded.ResponseBody("shipment_service_create"))!;
        shipment["rates"]![0]!["delivery_days"] = null;
        shipment["rates"]![0]!["est_delivery_days"] = 4;
        shipment["rates"]![0]!["delivery_date"] = "2024-10-21T00:00:00Z";

        var rate = RateParser.Parse(JsonSerializerRoundTrip(shipment), "acct-1").Rates[0];

        Assert.Equal(4, rate.TransitDays);
        Assert.Equal(new DateOnly(2024, 10, 21), rate.EstimatedDelivery);
    }

    private static System.Text.Json.JsonElement JsonSerializerRoundTrip(JsonNode node) =>
        System.Text.Json.JsonDocument.Parse(node.ToJsonString()).RootElement.Clone();
}
