using System.Text;
using Commerce.Integrations.Abstractions.Carriers;
using CsCheck;

namespace Commerce.Integrations.TableRate.Tests;

public sealed class TableRateAdapterTests
{
    private static readonly TimeProvider Thursday = new FixedClock(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));

    internal static CarrierAccount Account() => new("city-courier", "table-rate", new Dictionary<string, string>
    {
        ["DisplayName"] = "City Courier",
        ["TrackingPrefix"] = "CC",
        ["TrackingUrl"] = "https://courier.example/t/{0}",
        ["Zones:0:Origin"] = "*", ["Zones:0:Destination"] = "*", ["Zones:0:Zone"] = "3",
        ["Zones:1:Origin"] = "895", ["Zones:1:Destination"] = "89", ["Zones:1:Zone"] = "1",
        ["Zones:2:Origin"] = "895", ["Zones:2:Destination"] = "9", ["Zones:2:Zone"] = "2",
        ["Rates:0:Service"] = "Standard", ["Rates:0:Zone"] = "1", ["Rates:0:MaxWeightLb"] = "5", ["Rates:0:Price"] = "6.50", ["Rates:0:TransitDays"] = "2",
        ["Rates:1:Service"] = "Standard", ["Rates:1:Zone"] = "1", ["Rates:1:MaxWeightLb"] = "20", ["Rates:1:Price"] = "11.00", ["Rates:1:TransitDays"] = "2",
        ["Rates:2:Service"] = "Express", ["Rates:2:Zone"] = "1", ["Rates:2:MaxWeightLb"] = "20", ["Rates:2:Price"] = "19.00", ["Rates:2:TransitDays"] = "1",
        ["Rates:3:Service"] = "Standard", ["Rates:3:Zone"] = "2", ["Rates:3:MaxWeightLb"] = "20", ["Rates:3:Price"] = "14.00", ["Rates:3:TransitDays"] = "3",
    });

    private static ShipmentDetails Shipment(string toZip, Parcel parcel) => new(
        new ShippingAddress("Reno DC", null, "4800 Energy Way", null, "Reno", "NV", "89502", "US", null, null),
        new ShippingAddress("Ada Lovelace", null, "12 Analytical St", null, "Las Vegas", "NV", toZip, "US", null, null),
        parcel, "pkg-1");

    [Fact]
    public async Task The_most_specific_zone_prices_each_service_at_the_lightest_band_that_holds_the_weight()
    {
        var adapter = new TableRateAdapter(Thursday);

        var result = await adapter.RateAsync(Account(), Shipment("89101", new Parcel(10, 8, 4, 2.2m)), CancellationToken.None);

        Assert.Empty(result.Skipped);
        var standard = result.Rates.Single(r => r.Service == "Standard");
        Assert.Equal((6.50m, 3m, 2), (standard.Price, standard.BillableWeightLb!.Value, standard.TransitDays!.Value));
        // Thursday + 2 working days = Monday.
        Assert.Equal(new DateOnly(2026, 11, 30), standard.EstimatedDelivery);
        Assert.Equal(19.00m, result.Rates.Single(r => r.Service == "Express").Price);
        Assert.Equal("City Courier", standard.Carrier);
    }

    [Fact]
    public async Task Dimensional_weight_moves_a_light_bulky_parcel_into_a_heavier_band()
    {
        // 24 × 18 × 12 = 5,184 in³ ÷ 139 = 37.3 → 38 lb: over every band of zone 1.
        var result = await new TableRateAdapter(Thursday).RateAsync(Account(), Shipment("89101", new Parcel(24, 18, 12, 3)), CancellationToken.None);
        Assert.Empty(result.Rates);
        Assert.Contains("38 lb", Assert.Single(result.Skipped));

        // 14 × 12 × 8 = 1,344 in³ ÷ 139 = 9.7 → 10 lb: the 20 lb band.
        var mid = await new TableRateAdapter(Thursday).RateAsync(Account(), Shipment("89101", new Parcel(14, 12, 8, 1)), CancellationToken.None);
        Assert.Equal(11.00m, mid.Rates.Single(r => r.Service == "Standard").Price);
    }

    [Fact]
    public async Task A_destination_no_zone_rule_with_rates_covers_is_skipped_with_a_reason()
    {
        var result = await new TableRateAdapter(Thursday).RateAsync(Account(), Shipment("10001", new Parcel(5, 5, 5, 1)), CancellationToken.None);
        Assert.Empty(result.Rates);
        Assert.Contains("zone 3", Assert.Single(result.Skipped));
    }

    [Fact]
    public void Heavier_never_costs_less_for_the_same_service_and_zone() =>
        Gen.Select(Gen.Decimal[0.1m, 19.9m], Gen.Decimal[0.1m, 19.9m]).Sample((a, b) =>
        {
            var table = RateTable.From(Account());
            var (light, heavy) = a <= b ? (a, b) : (b, a);
            var lightPrice = table.Quote("1", light).Single(r => r.Service == "Standard").Price;
            var heavyPrice = table.Quote("1", heavy).Single(r => r.Service == "Standard").Price;
            return lightPrice <= heavyPrice;
        });

    [Fact]
    public async Task A_label_carries_a_generated_tracking_number_and_is_a_well_formed_pdf()
    {
        var adapter = new TableRateAdapter(Thursday);
        var shipment = Shipment("89101", new Parcel(10, 8, 4, 2));
        var rate = (await adapter.RateAsync(Account(), shipment, CancellationToken.None)).Rates[0];

        var label = await adapter.BuyLabelAsync(Account(), new LabelPurchase(shipment, rate, LabelFormat.Pdf), CancellationToken.None);
        var other = await adapter.BuyLabelAsync(Account(), new LabelPurchase(shipment, rate, LabelFormat.Zpl), CancellationToken.None);

        Assert.Matches("^CC[0-9]{12}$", label.TrackingNumber);
        Assert.NotEqual(label.TrackingNumber, other.TrackingNumber);
        Assert.Equal($"https://courier.example/t/{label.TrackingNumber}", label.TrackingUrl);
        Assert.Equal(rate.Price, label.Cost);
        var pdf = Encoding.Latin1.GetString(label.Content);
        Assert.StartsWith("%PDF-1.4", pdf);
        Assert.EndsWith("%%EOF\n", pdf);
        Assert.Contains(label.TrackingNumber, pdf);
        // The cross-reference table points at each object exactly.
        var xref = int.Parse(pdf[(pdf.LastIndexOf("startxref\n", StringComparison.Ordinal) + 10)..].Split('\n')[0]);
        Assert.StartsWith("xref", pdf[xref..]);
        var offsets = pdf[xref..].Split('\n').Skip(3).Take(5).Select(l => int.Parse(l[..10]));
        Assert.All(offsets.Select((offset, i) => (offset, i)), o => Assert.StartsWith($"{o.i + 1} 0 obj", pdf[o.offset..]));
        Assert.Contains($"^FD{other.TrackingNumber}^FS", Encoding.ASCII.GetString(other.Content));
        Assert.Equal("application/zpl", other.ContentType);
    }

    [Fact]
    public async Task A_png_label_or_a_broken_table_is_a_clear_carrier_error()
    {
        var adapter = new TableRateAdapter(Thursday);
        var shipment = Shipment("89101", new Parcel(10, 8, 4, 2));
        var rate = (await adapter.RateAsync(Account(), shipment, CancellationToken.None)).Rates[0];
        var png = await Assert.ThrowsAsync<CarrierException>(() =>
            adapter.BuyLabelAsync(Account(), new LabelPurchase(shipment, rate, LabelFormat.Png), CancellationToken.None));
        Assert.Equal(CarrierErrorKind.Rejected, png.Kind);

        var broken = Account() with { Settings = new Dictionary<string, string>(Account().Settings) { ["Rates:1:Price"] = "eleven" } };
        var error = await Assert.ThrowsAsync<CarrierException>(() => adapter.RateAsync(broken, shipment, CancellationToken.None));
        Assert.Equal(CarrierErrorKind.Configuration, error.Kind);
        Assert.Contains("Price", error.Message);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
