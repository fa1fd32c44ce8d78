using Commerce.Orders.Domain.Routing;
using CsCheck;

namespace Commerce.Orders.Tests;

public sealed class OrderRouterTests
{
    private static readonly Dictionary<string, RoutingSource> Sources = new()
    {
        ["EAST"] = new("EAST", SourceKind.Warehouse, "ATL", 4m, [new("US", 5), new("US-0", 1), new("US-1", 1), new("US-2", 2)], new Dictionary<string, decimal>()),
        ["WEST"] = new("WEST", SourceKind.Warehouse, "RNO", 4m, [new("US", 5), new("US-9", 1), new("US-8", 2)], new Dictionary<string, decimal>()),
        ["3PL"] = new("3PL", SourceKind.ThirdParty, "DAL-3PL", 6m, [new("US", 3)], new Dictionary<string, decimal>()),
        ["SUP"] = new("SUP", SourceKind.Dropship, null, 2m, [], new Dictionary<string, decimal> { ["CHAIR"] = 40m, ["MUG"] = 3m }),
    };

    private static RoutingOrder Order(string postal, params (string Sku, string? Category, int Quantity)[] lines) =>
        new("web", new Destination("US", postal), lines.Select((l, i) => new RoutingLine(i + 1, l.Sku, l.Category, l.Quantity)).ToList());

    private static RoutingRuleSpec Rule(
        string name, string[] sources, RoutingStrategy strategy = RoutingStrategy.Preference, bool split = false, bool backorder = false,
        string[]? skus = null, string[]? categories = null, string[]? destinations = null) =>
        new(name, skus ?? [], categories ?? [], destinations ?? [], [], sources, strategy, split, backorder);

    private static StockPicture Stock(params (string Location, string Sku, int Units)[] levels) =>
        new(levels.ToDictionary(l => (l.Location, l.Sku), l => l.Units));

    [Fact]
    public void Category_rules_send_custom_items_to_our_warehouse_standard_ones_to_the_3pl_and_chairs_to_the_supplier()
    {
        var rules = new[]
        {
            Rule("Custom in-house", ["EAST"], categories: ["custom"], backorder: true),
            Rule("Furniture dropshipped", ["SUP"], categories: ["furniture"]),
            Rule("Standard from the 3PL", ["3PL"], backorder: true),
        };
        var plan = OrderRouter.Route(Order("30301", ("ENGRAVED", "custom", 1), ("CHAIR", "furniture", 2), ("MUG", "kitchen", 3)),
            rules, Sources, Stock(("ATL", "ENGRAVED", 5), ("DAL-3PL", "MUG", 10)));

        Assert.Equal(["EAST", "SUP", "3PL"], plan.Assignments.OrderBy(a => a.LineNumber).Select(a => a.Source));
        Assert.All(plan.Assignments, a => Assert.False(a.Backordered));
        Assert.Contains("rule 2 'Furniture dropshipped'", plan.Assignments.Single(a => a.Sku == "CHAIR").Reason);
        Assert.Empty(plan.Unrouted);
    }

    [Fact]
    public void Nearest_picks_the_source_in_the_lowest_zone_for_the_destination()
    {
        var rules = new[] { Rule("Nearest", ["EAST", "WEST"], RoutingStrategy.Nearest) };
        var stock = Stock(("ATL", "MUG", 5), ("RNO", "MUG", 5));
        Assert.Equal("WEST", OrderRouter.Route(Order("94103", ("MUG", null, 1)), rules, Sources, stock).Assignments.Single().Source);
        Assert.Equal("EAST", OrderRouter.Route(Order("10001", ("MUG", null, 1)), rules, Sources, stock).Assignments.Single().Source);
    }

    [Fact]
    public void Cheapest_counts_the_supplier_s_unit_costs_against_a_warehouse_s_shipment_cost()
    {
        var rules = new[] { Rule("Cheapest", ["EAST", "SUP"], RoutingStrategy.Cheapest) };
        var stock = Stock(("ATL", "MUG", 5), ("ATL", "CHAIR", 5));
        // One mug: the supplier (2 + 3) is dearer than the warehouse (4)? No: 5 > 4, the warehouse wins.
        Assert.Equal("EAST", OrderRouter.Route(Order("30301", ("MUG", null, 1)), rules, Sources, stock).Assignments.Single().Source);
        var cheapSupplier = Sources.ToDictionary(s => s.Key, s => s.Key == "EAST" ? s.Value with { ShipmentCost = 9m } : s.Value);
        Assert.Equal("SUP", OrderRouter.Route(Order("30301", ("MUG", null, 1)), rules, cheapSupplier, stock).Assignments.Single().Source);
    }

    [Fact]
    public void One_source_that_can_ship_everything_is_preferred_to_a_split()
    {
        var rules = new[] { Rule("Any warehouse", ["EAST", "WEST"], split: true) };
        var plan = OrderRouter.Route(Order("30301", ("MUG", null, 2), ("PLATE", null, 2)), rules, Sources,
            Stock(("ATL", "MUG", 2), ("RNO", "MUG", 2), ("RNO", "PLATE", 2)));
        Assert.All(plan.Assignments, a => Assert.Equal("WEST", a.Source));
    }

    [Fact]
    public void A_split_takes_the_fullest_source_first_and_backorders_the_rest_where_allowed()
    {
        var rules = new[] { Rule("Split", ["EAST", "WEST"], split: true, backorder: true) };
        var plan = OrderRouter.Route(Order("30301", ("MUG", null, 10)), rules, Sources, Stock(("ATL", "MUG", 3), ("RNO", "MUG", 5)));
        Assert.Equal([("WEST", 5, false), ("EAST", 3, false), ("EAST", 2, true)],
            plan.Assignments.Select(a => (a.Source, a.Quantity, a.Backordered)));
    }

    [Fact]
    public void A_rule_that_cannot_place_every_unit_leaves_the_line_to_the_next_rule_then_to_the_default()
    {
        var rules = new[] { Rule("Only the 3PL, no backorders", ["3PL"]), Rule("Supplier", ["SUP"]) };
        var plan = OrderRouter.Route(Order("30301", ("MUG", null, 4), ("PLATE", null, 1)), rules, Sources, Stock(("DAL-3PL", "MUG", 1)));
        Assert.Equal("SUP", plan.Assignments.Single(a => a.Sku == "MUG").Source);
        Assert.Equal("PLATE", Assert.Single(plan.Unrouted).Sku);
    }

    [Fact]
    public void Destination_and_sku_conditions_must_all_hold()
    {
        var rule = Rule("West coast mugs", ["WEST"], skus: ["MUG"], destinations: ["US-9"]);
        var order = Order("94103", ("MUG", null, 1), ("PLATE", null, 1));
        Assert.True(rule.Takes(order.Lines[0], order));
        Assert.False(rule.Takes(order.Lines[1], order));
        Assert.False(rule.Takes(order.Lines[0], Order("10001", ("MUG", null, 1))));
    }

    /// <summary>
    /// For any order, rules and stock: every unit of every line is routed exactly once; no source ships more than it
    /// has (units on a supplier's list aside); units only wait at a stock source of a rule that allows it.
    /// </summary>
    [Fact]
    public void Every_unit_is_routed_once_and_never_from_a_source_without_it()
    {
        string[] skus = ["MUG", "PLATE", "CHAIR"];
        string[] codes = ["EAST", "WEST", "3PL", "SUP"];
        var genRule = Gen.Select(Gen.Shuffle(codes, 1, 4), Gen.Enum<RoutingStrategy>(), Gen.Bool, Gen.Bool, Gen.Int[0, 3])
            .Select(t => Rule("r", t.Item1, t.Item2, t.Item3, t.Item4, skus: t.Item5 == 3 ? [] : [skus[t.Item5]]));
        var genLines = Gen.Select(Gen.Int[0, 2], Gen.Int[1, 12]).Array[1, 5];
        var genStock = Gen.Int[0, 10].Array[9];
        Gen.Select(genRule.Array[0, 4], genLines, genStock).Sample(t =>
        {
            var (rules, lines, units) = t;
            var stock = new Dictionary<(string, string), int>();
            string[] locations = ["ATL", "RNO", "DAL-3PL"];
            for (var i = 0; i < 9; i++) stock[(locations[i / 3], skus[i % 3])] = units[i];
            var order = Order("30301", lines.Select(l => (skus[l.Item1], (string?)null, l.Item2)).ToArray());

            var plan = OrderRouter.Route(order, rules, Sources, new StockPicture(stock));

            foreach (var line in order.Lines)
            {
                var routed = plan.Assignments.Concat(plan.Unrouted).Where(a => a.LineNumber == line.LineNumber).Sum(a => a.Quantity);
                Assert.Equal(line.Quantity, routed);
            }

            foreach (var group in plan.Assignments.Where(a => !a.Backordered && Sources[a.Source].HoldsStock).GroupBy(a => (Sources[a.Source].Location!, a.Sku)))
                Assert.True(group.Sum(a => a.Quantity) <= stock[group.Key], $"{group.Key} over-promised");
            Assert.All(plan.Assignments.Where(a => Sources[a.Source].Kind == SourceKind.Dropship),
                a => Assert.True(Sources[a.Source].SupplierUnitCosts.ContainsKey(a.Sku)));
            Assert.All(plan.Assignments.Where(a => a.Backordered), a => Assert.True(Sources[a.Source].HoldsStock));
        });
    }
}
