using Commerce.Integrations.Abstractions.Carriers;

namespace Commerce.Shipping.Domain;

/// <summary>One carrier service for the whole shipment: the sum over its packages, and whether it keeps the promise.</summary>
internal sealed record RateOption(
    string AccountId, string Carrier, string Service, decimal Price, string Currency, DateOnly? EstimatedDelivery,
    bool MeetsPromise);

/// <summary>What a caller may force: an account, a carrier and/or a service.</summary>
internal sealed record RateOverride(string? AccountId, string? Carrier, string? Service)
{
    public bool Allows(RateOption option) =>
        (AccountId is null || string.Equals(option.AccountId, AccountId, StringComparison.OrdinalIgnoreCase))
        && (Carrier is null || string.Equals(option.Carrier, Carrier, StringComparison.OrdinalIgnoreCase))
        && (Service is null || string.Equals(option.Service, Service, StringComparison.OrdinalIgnoreCase));
}

/// <summary>
/// Turns per-package rates into options for the shipment and picks one: the cheapest that delivers by the promised
/// date; when none does, the earliest delivery (then the cheapest). A service counts only when it priced every package.
/// </summary>
internal static class RateChoice
{
    public static IReadOnlyList<RateOption> Combine(
        IReadOnlyDictionary<Guid, IReadOnlyList<CarrierRate>> ratesByPackage, DateOnly today, DateOnly promisedBy)
    {
        if (ratesByPackage.Count == 0) return [];
        return ratesByPackage.Values
            .SelectMany(rates => rates)
            .GroupBy(r => (r.AccountId, r.Carrier, r.Service, r.Currency))
            .Where(g => ratesByPackage.Values.All(rates => rates.Any(r =>
                (r.AccountId, r.Carrier, r.Service, r.Currency) == g.Key)))
            .Select(g =>
            {
                // One rate per package: the cheapest if a carrier answered the same service twice.
                var perPackage = ratesByPackage.Values.Select(rates => rates
                    .Where(r => (r.AccountId, r.Carrier, r.Service, r.Currency) == g.Key).MinBy(r => r.Price)!).ToList();
                var dates = perPackage.Select(r => Estimate(r, today)).ToList();
                DateOnly? estimate = dates.All(d => d is not null) ? dates.Max() : null;
                return new RateOption(g.Key.AccountId, g.Key.Carrier, g.Key.Service, perPackage.Sum(r => r.Price), g.Key.Currency,
                    estimate, estimate is not null && estimate <= promisedBy);
            })
            .OrderBy(o => o.Price)
            .ThenBy(o => o.EstimatedDelivery ?? DateOnly.MaxValue)
            .ThenBy(o => o.AccountId, StringComparer.Ordinal)
            .ThenBy(o => o.Service, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Prices are only compared within one currency: the shop's when any option is in it.</summary>
    public static RateOption? Choose(IReadOnlyList<RateOption> options, RateOverride? rule = null, string currency = "USD")
    {
        var allowed = options.Where(o => rule?.Allows(o) ?? true).ToList();
        var currencies = allowed.Select(o => o.Currency).Distinct().ToList();
        var compared = currencies.Contains(currency, StringComparer.OrdinalIgnoreCase) ? currency : currencies.Order(StringComparer.Ordinal).FirstOrDefault();
        allowed = allowed.Where(o => string.Equals(o.Currency, compared, StringComparison.OrdinalIgnoreCase)).ToList();
        return allowed.Where(o => o.MeetsPromise).OrderBy(o => o.Price).FirstOrDefault()
               ?? allowed.Where(o => o.EstimatedDelivery is not null).OrderBy(o => o.EstimatedDelivery).ThenBy(o => o.Price).FirstOrDefault()
               ?? allowed.OrderBy(o => o.Price).FirstOrDefault();
    }

    private static DateOnly? Estimate(CarrierRate rate, DateOnly today) =>
        rate.EstimatedDelivery ?? (rate.TransitDays is { } days ? Promise.AddWorkingDays(today, days) : null);
}
