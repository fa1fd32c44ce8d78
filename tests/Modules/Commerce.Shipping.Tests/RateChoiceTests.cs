using Commerce.Integrations.Abstractions.Carriers;
using Commerce.Shipping.Domain;
using CsCheck;

namespace Commerce.Shipping.Tests;

public sealed class RateChoiceTests
{
    private static readonly DateOnly Thursday = new(2026, 11, 26);
    private static readonly DateOnly Promise = new(2026, 12, 3);

    private static CarrierRate Rate(string account, string service, decimal price, DateOnly? by, string currency = "USD", int? days = null) =>
        new(account, account.ToUpperInvariant(), service, price, currency, days, by, null, null, null);

    private static Dictionary<Guid, IReadOnlyList<CarrierRate>> OnePackage(params CarrierRate[] rates) =>
        new() { [Guid.NewGuid()] = rates };

    [Fact]
    public void The_cheapest_service_that_keeps_the_promise_wins_over_a_cheaper_late_one()
    {
        var options = RateChoice.Combine(OnePackage(
            Rate("a", "Economy", 4.00m, Promise.AddDays(2)),
            Rate("a", "Ground", 6.00m, Promise),
            Rate("b", "Express", 12.00m, Thursday.AddDays(1))), Thursday, Promise);

        var chosen = RateChoice.Choose(options)!;

        Assert.Equal(("a", "Ground"), (chosen.AccountId, chosen.Service));
        Assert.False(options.Single(o => o.Service == "Economy").MeetsPromise);
    }

    [Fact]
    public void When_no_service_keeps_the_promise_the_earliest_delivery_wins()
    {
        var options = RateChoice.Combine(OnePackage(
            Rate("a", "Economy", 4.00m, Promise.AddDays(5)),
            Rate("b", "Two-day", 9.00m, Promise.AddDays(1))), Thursday, Promise);
        Assert.Equal("Two-day", RateChoice.Choose(options)!.Service);
    }

    [Fact]
    public void Transit_days_count_working_days_when_the_carrier_gives_no_date()
    {
        // Thursday + 5 working days = next Thursday, the promise.
        var options = RateChoice.Combine(OnePackage(Rate("a", "Ground", 5m, null, days: 5), Rate("a", "Slow", 4m, null, days: 6)), Thursday, Promise);
        Assert.Equal(Promise, options.Single(o => o.Service == "Ground").EstimatedDelivery);
        Assert.Equal("Ground", RateChoice.Choose(options)!.Service);
    }

    [Fact]
    public void A_service_that_did_not_price_every_package_is_not_an_option_and_prices_add_up()
    {
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());
        var options = RateChoice.Combine(new Dictionary<Guid, IReadOnlyList<CarrierRate>>
        {
            [first] = [Rate("a", "Ground", 5m, Promise), Rate("a", "Express", 9m, Thursday)],
            [second] = [Rate("a", "Ground", 7m, Promise)],
        }, Thursday, Promise);

        Assert.Equal(12m, Assert.Single(options).Price);
    }

    [Fact]
    public void Overrides_restrict_the_choice_and_prices_are_compared_in_the_shop_currency()
    {
        var options = RateChoice.Combine(OnePackage(
            Rate("a", "Ground", 6m, Promise), Rate("b", "Ground", 7m, Promise), Rate("c", "Ground", 5m, Promise, "CAD")), Thursday, Promise);

        Assert.Equal("a", RateChoice.Choose(options)!.AccountId);
        Assert.Equal("b", RateChoice.Choose(options, new RateOverride("B", null, null))!.AccountId);
        Assert.Equal("c", RateChoice.Choose(options, null, "CAD")!.AccountId);
        Assert.Null(RateChoice.Choose(options, new RateOverride(null, null, "Teleport")));
    }

    [Fact]
    public void The_choice_is_always_an_allowed_option_and_no_cheaper_option_in_its_currency_keeps_the_promise() =>
        Gen.Select(Gen.Int[0, 6], Gen.Decimal[1m, 50m], Gen.Int[0, 12]).Array[1, 12].Sample(rows =>
        {
            var rates = rows.Select((r, i) => Rate($"acct{r.Item1 % 3}", $"svc{i}", Math.Round(r.Item2, 2), Thursday.AddDays(r.Item3))).ToArray();
            var options = RateChoice.Combine(OnePackage(rates), Thursday, Promise);
            var chosen = RateChoice.Choose(options)!;
            Assert.Contains(chosen, options);
            if (chosen.MeetsPromise)
                Assert.DoesNotContain(options, o => o.MeetsPromise && o.Price < chosen.Price);
            else
                Assert.DoesNotContain(options, o => o.MeetsPromise);
        });
}
