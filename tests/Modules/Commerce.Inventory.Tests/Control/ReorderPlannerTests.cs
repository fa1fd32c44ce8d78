using System.Globalization;
using Commerce.Inventory.Domain.Control;
using CsCheck;

namespace Commerce.Inventory.Tests.Control;

public sealed class ReorderPlannerTests
{
    private static readonly ReorderPolicy TextbookPolicy =
        new(LeadTimeDays: 9, ServiceLevel: 0.95m, ReviewPeriodDays: 7, OrderCost: 50m, HoldingCostPerUnitPerYear: 2m);

    private static DemandForecast Demand(decimal daily, decimal stdDev) => new(daily, stdDev, daily, 0m, 90);

    [Fact]
    public void Textbook_example_plans_15_safety_105_reorder_point_and_428_per_order()
    {
        // d̄ = 10/day, σ = 3, L = 9 days, 95 % → z = 1.6449.
        // SS = 1.6449 · 3 · √9 = 14.80 → 15; ROP = 10 · 9 + 14.80 = 104.80 → 105.
        // EOQ = √(2 · D · S / H) = √(2 · 3650 · 50 / 2) = √182500 = 427.20 → 428 (> 10 · 7 = 70 for the review period).
        var plan = ReorderPlanner.Plan(Demand(10m, 3m), TextbookPolicy);

        Assert.Equal(15m, plan.SafetyStock);
        Assert.Equal(105m, plan.ReorderPoint);
        Assert.Equal(428m, plan.SuggestedOrderQuantity);
        Assert.InRange(plan.Z, 1.644853m, 1.644854m);
    }

    [Fact]
    public void Quantities_are_whole_units_without_decimals()
    {
        var plan = ReorderPlanner.Plan(Demand(10m, 3m), TextbookPolicy);
        Assert.Equal(
            ["15", "105", "428"],
            new[] { plan.SafetyStock, plan.ReorderPoint, plan.SuggestedOrderQuantity }.Select(q => q.ToString(CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void A_long_review_period_orders_its_demand_when_that_exceeds_the_EOQ()
    {
        // EOQ = 427.2 as above; 10/day × 60 days = 600.
        var plan = ReorderPlanner.Plan(Demand(10m, 3m), TextbookPolicy with { ReviewPeriodDays = 60 });
        Assert.Equal(600m, plan.SuggestedOrderQuantity);
    }

    [Fact]
    public void Zero_demand_plans_nothing()
    {
        var plan = ReorderPlanner.Plan(Demand(0m, 4m), TextbookPolicy);
        Assert.Equal((0m, 0m, 0m), (plan.SafetyStock, plan.ReorderPoint, plan.SuggestedOrderQuantity));
    }

    [Fact]
    public void A_service_level_below_one_half_keeps_no_safety_stock()
    {
        // z(0.3) ≈ −0.52; the safety stock would be negative, so it is 0 and ROP = d̄ · L = 90.
        var plan = ReorderPlanner.Plan(Demand(10m, 3m), TextbookPolicy with { ServiceLevel = 0.3m });
        Assert.True(plan.Z < 0m);
        Assert.Equal(0m, plan.SafetyStock);
        Assert.Equal(90m, plan.ReorderPoint);
    }

    [Fact]
    public void Invalid_policies_are_refused()
    {
        var demand = Demand(10m, 3m);
        Assert.Throws<ArgumentOutOfRangeException>(() => ReorderPlanner.Plan(demand, TextbookPolicy with { LeadTimeDays = -1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReorderPlanner.Plan(demand, TextbookPolicy with { ServiceLevel = 1m }));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReorderPlanner.Plan(demand, TextbookPolicy with { ReviewPeriodDays = -1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReorderPlanner.Plan(demand, TextbookPolicy with { OrderCost = -1m }));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReorderPlanner.Plan(demand, TextbookPolicy with { HoldingCostPerUnitPerYear = 0m }));
    }

    [Theory]
    [InlineData(105, 0)]
    [InlineData(200, 0)]
    [InlineData(104, 429)] // up to 105 + 428 = 533
    [InlineData(0, 533)]
    [InlineData(-20, 553)] // 20 backordered units are ordered on top
    [InlineData(100.5, 433)] // 533 − 100.5 = 432.5 → 433
    public void Orders_up_to_reorder_point_plus_suggested_quantity_once_below_the_reorder_point(decimal available, decimal expected)
    {
        var plan = new Replenishment(SafetyStock: 15m, ReorderPoint: 105m, SuggestedOrderQuantity: 428m, Z: 1.6449m);
        Assert.Equal(expected, ReorderPlanner.OrderNow(available, plan));
    }

    private static readonly Gen<(DemandForecast Demand, ReorderPolicy Policy)> Plans =
        Gen.Select(
            Gen.Decimal[0m, 1000m].Select(d => decimal.Round(d, 3)),
            Gen.Decimal[0m, 200m].Select(d => decimal.Round(d, 3)),
            Gen.Int[0, 120],
            Gen.Decimal[0.5m, 0.999m].Select(d => decimal.Round(d, 3)),
            Gen.Int[0, 60],
            Gen.Decimal[0m, 500m],
            Gen.Decimal[0.01m, 100m])
        .Select((daily, sigma, lead, service, review, orderCost, holding) =>
            (Demand(daily, sigma), new ReorderPolicy(lead, service, review, orderCost, holding)));

    [Fact]
    public void Reorder_point_never_falls_as_the_lead_time_grows()
    {
        Gen.Select(Plans, Gen.Int[0, 30]).Sample((plan, extraDays) =>
        {
            var shorter = ReorderPlanner.Plan(plan.Demand, plan.Policy);
            var longer = ReorderPlanner.Plan(plan.Demand, plan.Policy with { LeadTimeDays = plan.Policy.LeadTimeDays + extraDays });
            Assert.True(longer.ReorderPoint >= shorter.ReorderPoint, $"{longer.ReorderPoint} < {shorter.ReorderPoint}");
        });
    }

    [Fact]
    public void Reorder_point_never_falls_as_the_service_level_rises()
    {
        Gen.Select(Plans, Gen.Decimal[0m, 0.4m].Select(d => decimal.Round(d, 3))).Sample((plan, extra) =>
        {
            var higherLevel = Math.Min(0.999m, plan.Policy.ServiceLevel + extra);
            var lower = ReorderPlanner.Plan(plan.Demand, plan.Policy);
            var higher = ReorderPlanner.Plan(plan.Demand, plan.Policy with { ServiceLevel = higherLevel });
            Assert.True(higher.ReorderPoint >= lower.ReorderPoint, $"{higher.ReorderPoint} < {lower.ReorderPoint}");
        });
    }

    [Fact]
    public void Plans_are_whole_non_negative_units_and_cover_lead_time_demand()
    {
        Plans.Sample(plan =>
        {
            var result = ReorderPlanner.Plan(plan.Demand, plan.Policy);
            foreach (var quantity in new[] { result.SafetyStock, result.ReorderPoint, result.SuggestedOrderQuantity })
            {
                Assert.True(quantity >= 0m);
                Assert.Equal(decimal.Truncate(quantity), quantity);
            }

            Assert.True(result.ReorderPoint >= plan.Demand.DailyDemand * plan.Policy.LeadTimeDays);
            Assert.True(result.SuggestedOrderQuantity >= plan.Demand.DailyDemand * plan.Policy.ReviewPeriodDays);
        });
    }
}
