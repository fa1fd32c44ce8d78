namespace Commerce.Orders.Domain.Routing;

/// <summary>
/// Chooses, line by line, the sources an order ships from. Rules are tried in order; the first rule that takes a line
/// and can place all its units (from stock, from a supplier that lists the SKU, or as a backorder where the rule allows
/// one) routes it, and the lines one rule takes are routed together so that one source ships them all whenever one can.
/// A rule that would leave units nowhere does not route the line: the next rule may. Every assignment says why.
/// </summary>
public static class OrderRouter
{
    public const string DefaultSource = "default";

    public static RoutingPlan Route(
        RoutingOrder order, IReadOnlyList<RoutingRuleSpec> rules, IReadOnlyDictionary<string, RoutingSource> sources, StockPicture stock)
    {
        var remaining = order.Lines.Where(l => l.Quantity > 0).ToList();
        // Units this order already counts on at a location: two lines of one SKU cannot both take the same units.
        var taken = new Dictionary<(string, string), int>();
        var assignments = new List<Assignment>();
        for (var index = 0; index < rules.Count && remaining.Count > 0; index++)
        {
            var rule = rules[index];
            var group = remaining.Where(l => rule.Takes(l, order)).ToList();
            if (group.Count == 0) continue;
            var candidates = Order(rule, group, order.Destination,
                rule.Sources.Where(sources.ContainsKey).Select(code => sources[code]).ToList());
            var label = $"rule {index + 1} '{rule.Name}'";
            var routed = RouteGroup(group, rule, candidates, stock, taken, label);
            foreach (var (line, lineAssignments) in routed)
            {
                assignments.AddRange(lineAssignments.Select(a => a with { RuleId = rule.Id }));
                remaining.Remove(line);
            }
        }

        var unrouted = remaining
            .Select(l => new Assignment(l.LineNumber, l.Sku, DefaultSource, l.Quantity, Backordered: false,
                rules.Count == 0 ? "no routing rules: any warehouse with stock" : "no rule could place it: any warehouse with stock"))
            .ToList();
        return new RoutingPlan(assignments, unrouted);
    }

    private static List<RoutingSource> Order(
        RoutingRuleSpec rule, IReadOnlyList<RoutingLine> group, Destination destination, List<RoutingSource> candidates) =>
        rule.Strategy switch
        {
            RoutingStrategy.Nearest => candidates
                .Select((s, i) => (s, i)).OrderBy(x => x.s.ZoneFor(destination) ?? int.MaxValue).ThenBy(x => x.i).Select(x => x.s).ToList(),
            RoutingStrategy.Cheapest => candidates
                .Select((s, i) => (s, i)).OrderBy(x => Cost(x.s, group)).ThenBy(x => x.i).Select(x => x.s).ToList(),
            _ => candidates,
        };

    /// <summary>What shipping the group from the source costs us: its cost per shipment plus a supplier's unit costs.</summary>
    internal static decimal Cost(RoutingSource source, IReadOnlyList<RoutingLine> group) =>
        source.ShipmentCost + group.Sum(l => source.SupplierUnitCosts.TryGetValue(l.Sku, out var unit) ? unit * l.Quantity : 0m);

    private static List<(RoutingLine Line, List<Assignment> Assignments)> RouteGroup(
        List<RoutingLine> group, RoutingRuleSpec rule, List<RoutingSource> candidates, StockPicture stock,
        Dictionary<(string, string), int> taken, string label)
    {
        int CanShip(RoutingSource source, RoutingLine line, IReadOnlyDictionary<(string, string), int> extra) =>
            source.Kind == SourceKind.Dropship
                ? source.SupplierUnitCosts.ContainsKey(line.Sku) ? int.MaxValue : 0
                : Math.Max(0, stock.Available(source.Location!, line.Sku) - taken.GetValueOrDefault((source.Location!, line.Sku))
                              - extra.GetValueOrDefault((source.Location!, line.Sku)));

        // One source for the whole group when one can ship every unit of it: no split.
        foreach (var source in candidates)
        {
            var claim = new Dictionary<(string, string), int>();
            var all = true;
            foreach (var line in group)
            {
                if (CanShip(source, line, claim) < line.Quantity) { all = false; break; }
                if (source.HoldsStock) claim[(source.Location!, line.Sku)] = claim.GetValueOrDefault((source.Location!, line.Sku)) + line.Quantity;
            }

            if (!all) continue;
            foreach (var (key, units) in claim) taken[key] = taken.GetValueOrDefault(key) + units;
            var why = $"{label}: {source.Code} can ship {(group.Count == 1 ? "the line" : $"all {group.Count} lines")} ({rule.Strategy.ToString().ToLowerInvariant()})";
            return group.Select(l => (l, new List<Assignment> { new(l.LineNumber, l.Sku, source.Code, l.Quantity, false, why) })).ToList();
        }

        var result = new List<(RoutingLine, List<Assignment>)>();
        foreach (var line in group)
        {
            var plan = PlaceLine(line, rule, candidates, CanShip, label);
            if (plan is null) continue;
            foreach (var assignment in plan.Where(a => !a.Backordered))
            {
                var source = candidates.First(c => c.Code == assignment.Source);
                if (!source.HoldsStock) continue;
                var key = (source.Location!, line.Sku);
                taken[key] = taken.GetValueOrDefault(key) + assignment.Quantity;
            }

            result.Add((line, plan));
        }

        return result;
    }

    /// <summary>
    /// One line across the rule's sources: from the first that can ship all of it; else, if the rule allows a split, from
    /// as few as it takes, the one that can ship most first; what is left waits at the first stock source if the rule
    /// allows a backorder. Null when the rule cannot place every unit.
    /// </summary>
    private static List<Assignment>? PlaceLine(
        RoutingLine line, RoutingRuleSpec rule, List<RoutingSource> candidates,
        Func<RoutingSource, RoutingLine, IReadOnlyDictionary<(string, string), int>, int> canShip, string label)
    {
        var none = new Dictionary<(string, string), int>();
        var whole = candidates.FirstOrDefault(s => canShip(s, line, none) >= line.Quantity);
        if (whole is not null)
            return [new Assignment(line.LineNumber, line.Sku, whole.Code, line.Quantity, false,
                $"{label}: {whole.Code} can ship the line; no single source could ship the whole group")];

        var assignments = new List<Assignment>();
        var left = line.Quantity;
        if (rule.AllowSplit)
        {
            var open = candidates.ToList();
            while (left > 0)
            {
                var best = open.Select(s => (s, units: Math.Min(left, canShip(s, line, none)))).Where(x => x.units > 0)
                    .OrderByDescending(x => x.units).FirstOrDefault();
                if (best.s is null) break;
                open.Remove(best.s);
                assignments.Add(new Assignment(line.LineNumber, line.Sku, best.s.Code, best.units, false,
                    $"{label}: split; {best.s.Code} has {best.units} of {line.Quantity}"));
                left -= best.units;
            }
        }

        if (left > 0)
        {
            var waitAt = rule.AllowBackorder ? candidates.FirstOrDefault(s => s.HoldsStock) : null;
            if (waitAt is null) return null;
            assignments.Add(new Assignment(line.LineNumber, line.Sku, waitAt.Code, left, true,
                $"{label}: {left} of {line.Quantity} backordered at {waitAt.Code}, no source has them now"));
        }

        return assignments;
    }
}
