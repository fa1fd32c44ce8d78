using System.Globalization;
using Commerce.Integrations.Abstractions.Carriers;

namespace Commerce.Integrations.TableRate;

internal sealed record ZoneRule(string Origin, string Destination, string Zone);

internal sealed record RateBand(string Service, string Zone, decimal MaxWeightLb, decimal Price, int TransitDays);

/// <summary>The account's zones and price bands, read from its settings (<c>Zones:0:Origin</c>, <c>Rates:3:Price</c>, …).</summary>
internal sealed record RateTable(IReadOnlyList<ZoneRule> Zones, IReadOnlyList<RateBand> Bands, string Currency, decimal DimDivisor)
{
    public static RateTable From(CarrierAccount account)
    {
        var zones = Rows(account, "Zones").Select(r => new ZoneRule(
            r.GetValueOrDefault("Origin") ?? "*", r.GetValueOrDefault("Destination") ?? "*",
            r.GetValueOrDefault("Zone") ?? throw Invalid(account, "a zone rule has no Zone"))).ToList();
        var bands = Rows(account, "Rates").Select(r => new RateBand(
            r.GetValueOrDefault("Service") ?? throw Invalid(account, "a rate has no Service"),
            r.GetValueOrDefault("Zone") ?? throw Invalid(account, "a rate has no Zone"),
            Number(account, r, "MaxWeightLb"), Number(account, r, "Price"), (int)Number(account, r, "TransitDays"))).ToList();
        if (zones.Count == 0 || bands.Count == 0) throw Invalid(account, "it needs Zones and Rates");
        var divisor = account.OptionalSetting("DimDivisor") is { } d ? decimal.Parse(d, CultureInfo.InvariantCulture) : 139m;
        return new RateTable(zones, bands, account.OptionalSetting("Currency") ?? "USD", divisor);
    }

    /// <summary>The zone of a trip: the rule whose origin and destination prefixes match the most characters.</summary>
    public string? ZoneOf(string originPostalCode, string destinationPostalCode) =>
        Zones.Where(z => Matches(z.Origin, originPostalCode) && Matches(z.Destination, destinationPostalCode))
            .OrderByDescending(z => Specificity(z.Origin) + Specificity(z.Destination))
            .Select(z => z.Zone)
            .FirstOrDefault();

    /// <summary>For each service, the lightest band of the zone that holds the weight.</summary>
    public IEnumerable<RateBand> Quote(string zone, decimal billableWeightLb) =>
        Bands.Where(b => b.Zone == zone && b.MaxWeightLb >= billableWeightLb)
            .GroupBy(b => b.Service)
            .Select(g => g.MinBy(b => b.MaxWeightLb)!);

    /// <summary>max(actual, L×W×H ÷ divisor), sides rounded to whole inches, the result rounded up to a whole pound.</summary>
    public decimal BillableWeight(Parcel parcel)
    {
        var volume = Math.Round(parcel.LengthIn, MidpointRounding.AwayFromZero) * Math.Round(parcel.WidthIn, MidpointRounding.AwayFromZero)
                     * Math.Round(parcel.HeightIn, MidpointRounding.AwayFromZero);
        return Math.Max(Math.Ceiling(parcel.WeightLb), Math.Ceiling(volume / DimDivisor));
    }

    private static bool Matches(string prefix, string postalCode) =>
        prefix == "*" || postalCode.Replace(" ", "", StringComparison.Ordinal).StartsWith(prefix, StringComparison.OrdinalIgnoreCase);

    private static int Specificity(string prefix) => prefix == "*" ? 0 : prefix.Length;

    private static IEnumerable<Dictionary<string, string>> Rows(CarrierAccount account, string table) =>
        account.Settings.Keys
            .Where(k => k.StartsWith(table + ":", StringComparison.Ordinal) && k.Split(':').Length == 3)
            .GroupBy(k => k.Split(':')[1])
            .OrderBy(g => int.TryParse(g.Key, out var n) ? n : int.MaxValue)
            .Select(g => g.ToDictionary(k => k.Split(':')[2], k => account.Settings[k], StringComparer.OrdinalIgnoreCase));

    private static decimal Number(CarrierAccount account, Dictionary<string, string> row, string name) =>
        row.TryGetValue(name, out var text) && decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Invalid(account, $"a rate's {name} is not a number");

    private static CarrierException Invalid(CarrierAccount account, string why) =>
        new(CarrierErrorKind.Configuration, $"The rate table of {account} is not valid: {why}.");
}
