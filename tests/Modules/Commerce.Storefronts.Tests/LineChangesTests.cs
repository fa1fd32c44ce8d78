using Commerce.Integrations.Abstractions.Storefronts;
using Commerce.Storefronts.Features.StoreOrders;
using CsCheck;

namespace Commerce.Storefronts.Tests;

public sealed class LineChangesTests
{
    private static StoreOrderLine Line(string id, string? sku, int quantity) => new(id, sku, $"Product {sku}", quantity, 9.5m);

    [Fact]
    public void A_changed_quantity_an_added_and_a_removed_sku_are_named_placed_skus_first()
    {
        var changes = LineChanges.Between(
            [("A", 2), ("B", 1), ("C", 1)],
            [Line("1", "A", 3), Line("9", "D", 2), Line("2", "B", 1)]);

        Assert.Equal([new LineChange("A", 2, 3), new LineChange("C", 1, 0), new LineChange("D", 0, 2)], changes);
        Assert.Equal("sku A 2→3, sku C removed 1→0, sku D added 0→2", LineChanges.Describe(changes, 1000));
    }

    [Fact]
    public void Lines_split_merged_or_renumbered_with_the_same_skus_and_quantities_are_no_change()
    {
        Assert.Empty(LineChanges.Between([("A", 3), ("B", 1)], [Line("7", "B", 1), Line("8", "A", 1), Line("9", "A", 2)]));
    }

    [Fact]
    public void A_zeroed_line_is_removed_and_a_line_without_a_sku_counts_as_the_sku_sent_to_orders()
    {
        var changes = LineChanges.Between(
            [("A", 1), (StoreOrderMapping.MissingSku, 1)],
            [Line("1", "A", 0), Line("2", null, 2), null!]);

        Assert.Equal([new LineChange("A", 1, 0), new LineChange(StoreOrderMapping.MissingSku, 1, 2)], changes);
    }

    [Fact]
    public void The_hold_reason_names_the_changes_and_what_to_do()
    {
        var reason = LineChanges.HoldReason([new LineChange("X", 2, 3), new LineChange("Y", 0, 1)], 500);

        Assert.Equal("The store changed the order's lines after it was placed: sku X 2→3, sku Y added 0→1; review before fulfilment.", reason);
    }

    [Fact]
    public void Many_changes_are_cut_to_the_length_with_a_count_of_the_rest()
    {
        var changes = Enumerable.Range(1, 80).Select(i => new LineChange($"SKU-{i:000}", i, i + 1)).ToList();

        var reason = LineChanges.HoldReason(changes, 500);

        Assert.True(reason.Length <= 500, reason);
        Assert.StartsWith(LineChanges.HoldPrefix + "sku SKU-001 1→2, ", reason);
        Assert.Matches(@", and \d+ more; review before fulfilment\.$", reason);
    }

    [Fact]
    public void The_changes_turn_what_was_placed_into_what_the_store_has_now()
    {
        var lines = Gen.Select(Gen.OneOf("A", "B", "C", "D"), Gen.Int[0, 4]).Array[0, 6];
        Gen.Select(lines, lines).Sample((placed, now) =>
        {
            var changes = LineChanges.Between(
                placed.Where(p => p.Item2 > 0).Select(p => (p.Item1, p.Item2)),
                now.Select((n, i) => Line($"{i}", n.Item1, n.Item2)));

            var result = placed.Where(p => p.Item2 > 0).GroupBy(p => p.Item1).ToDictionary(g => g.Key, g => g.Sum(p => p.Item2));
            foreach (var change in changes)
            {
                Assert.NotEqual(change.Before, change.After);
                Assert.Equal(change.Before, result.GetValueOrDefault(change.Sku));
                result[change.Sku] = change.After;
            }

            var expected = now.Where(n => n.Item2 > 0).GroupBy(n => n.Item1).ToDictionary(g => g.Key, g => g.Sum(n => n.Item2));
            Assert.Equal(expected.OrderBy(e => e.Key), result.Where(r => r.Value > 0).OrderBy(r => r.Key));
        });
    }
}
