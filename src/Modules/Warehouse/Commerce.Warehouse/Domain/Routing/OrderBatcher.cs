namespace Commerce.Warehouse.Domain.Routing;

/// <summary>
/// Groups orders into batch-picking trips (put-to-tote) with a seed algorithm (de Koster et al. 1999): the seed is the
/// order whose own optimal route is longest (then the one spanning most aisles), and the trip grows by the order whose
/// addition lengthens the trip's optimal route least, while the limits allow. An order alone over the unit limit still
/// gets a trip of its own. Ties go to the earlier order, so the same input gives the same batches.
/// </summary>
internal static class OrderBatcher
{
    public static IReadOnlyList<IReadOnlyList<TKey>> Batch<TKey>(AisleLayout layout, IReadOnlyList<BatchCandidate<TKey>> orders, BatchLimits limits)
        where TKey : notnull
    {
        Check(layout, orders, limits);
        var alone = orders.Select(o => OptimalRoute.Length(layout, o.Picks)).ToArray();
        var aisles = orders.Select(o => o.Picks.Select(p => p.Aisle).Distinct().Count()).ToArray();
        var waiting = new SortedSet<int>(Enumerable.Range(0, orders.Count));
        var trips = new List<IReadOnlyList<TKey>>();
        while (waiting.Count > 0)
        {
            var seed = waiting.OrderByDescending(i => alone[i]).ThenByDescending(i => aisles[i]).ThenBy(i => i).First();
            waiting.Remove(seed);
            var trip = new List<int> { seed };
            var picks = new List<PickLocation>(orders[seed].Picks);
            var units = orders[seed].Units;
            while (trip.Count < limits.MaxOrders)
            {
                // The trip's current length is the same for every candidate, so the least increase is the shortest result.
                var (next, nextLength) = (-1, double.PositiveInfinity);
                foreach (var i in waiting)
                {
                    if (units + orders[i].Units > limits.MaxUnits) continue;
                    var together = OptimalRoute.Length(layout, [.. picks, .. orders[i].Picks]);
                    if (together < nextLength) (next, nextLength) = (i, together);
                }

                if (next < 0) break;
                waiting.Remove(next);
                trip.Add(next);
                picks.AddRange(orders[next].Picks);
                units += orders[next].Units;
            }

            trips.Add(trip.Select(i => orders[i].Order).ToList());
        }

        return trips;
    }

    private static void Check<TKey>(AisleLayout layout, IReadOnlyList<BatchCandidate<TKey>> orders, BatchLimits limits) where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(orders);
        ArgumentNullException.ThrowIfNull(limits);
        if (limits.MaxOrders < 1) throw new ArgumentException($"A trip must be able to take at least one order, not {limits.MaxOrders}.", nameof(limits));
        if (limits.MaxUnits < 1) throw new ArgumentException($"A trip must be able to carry at least one unit, not {limits.MaxUnits}.", nameof(limits));
        var keys = new HashSet<TKey>();
        foreach (var order in orders)
        {
            ArgumentNullException.ThrowIfNull(order, nameof(orders));
            if (!keys.Add(order.Order)) throw new ArgumentException($"Order {order.Order} is listed twice.", nameof(orders));
            if (order.Units < 0) throw new ArgumentException($"Order {order.Order} has {order.Units} units; units cannot be negative.", nameof(orders));
            layout.CheckPicks(order.Picks, nameof(orders));
        }
    }
}
