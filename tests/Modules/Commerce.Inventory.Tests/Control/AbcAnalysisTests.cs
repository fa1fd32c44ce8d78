using Commerce.Inventory.Domain.Control;
using CsCheck;

namespace Commerce.Inventory.Tests.Control;

public sealed class AbcAnalysisTests
{
    private static readonly Gen<AbcItem<int>[]> Items =
        Gen.Decimal[0m, 1000m].Select(v => decimal.Round(v, 2)).Array[0, 40]
            .Select(values => values.Select((v, i) => new AbcItem<int>(i, v)).ToArray());

    private static readonly Gen<AbcCutoffs> Cutoffs =
        Gen.Select(Gen.Int[1, 98], Gen.Int[1, 99])
            .Where(c => c.Item1 < c.Item2)
            .Select(c => new AbcCutoffs(c.Item1, c.Item2));

    [Fact]
    public void Textbook_ten_items_split_80_95_into_three_A_three_B_four_C()
    {
        // Total 100, so values are percentages. Cumulative share BEFORE each item, ranked by value:
        //   50:0 A | 20:50 A | 10:70 A | 8:80 B | 5:88 B | 3:93 B | 2:96 C | 1:98 C | 0.6:99 C | 0.4:99.6 C
        // (A while before < 80, B while before < 95). Cumulative share including the item: 50, 70, 80, 88, 93, 96, 98, 99, 99.6, 100.
        decimal[] values = [2m, 0.4m, 50m, 8m, 1m, 20m, 0.6m, 5m, 10m, 3m];
        var items = values.Select(v => new AbcItem<string>($"SKU-{v}", v)).ToList();

        var result = AbcAnalysis.Classify(items, AbcCutoffs.Default);

        Assert.Equal([50m, 20m, 10m, 8m, 5m, 3m, 2m, 1m, 0.6m, 0.4m], result.Select(r => r.Value));
        Assert.Equal(
            [AbcClass.A, AbcClass.A, AbcClass.A, AbcClass.B, AbcClass.B, AbcClass.B, AbcClass.C, AbcClass.C, AbcClass.C, AbcClass.C],
            result.Select(r => r.Class));
        Assert.Equal([50m, 70m, 80m, 88m, 93m, 96m, 98m, 99m, 99.6m, 100m], result.Select(r => r.CumulativeShare));
        Assert.Equal("SKU-50", result[0].Key);
    }

    [Fact]
    public void The_top_item_is_A_even_when_it_alone_exceeds_the_A_cutoff()
    {
        var result = AbcAnalysis.Classify([new AbcItem<int>(1, 99m), new AbcItem<int>(2, 1m)], AbcCutoffs.Default);
        Assert.Equal([(1, AbcClass.A), (2, AbcClass.C)], result.Select(r => (r.Key, r.Class)));
    }

    [Fact]
    public void Equal_values_are_ranked_by_key()
    {
        var result = AbcAnalysis.Classify(
            [new AbcItem<string>("c", 5m), new AbcItem<string>("a", 5m), new AbcItem<string>("b", 5m)], AbcCutoffs.Default);
        Assert.Equal(["a", "b", "c"], result.Select(r => r.Key));
    }

    [Fact]
    public void Items_of_zero_value_are_C_even_when_nothing_has_value()
    {
        var result = AbcAnalysis.Classify([new AbcItem<int>(1, 0m), new AbcItem<int>(2, 0m)], AbcCutoffs.Default);
        Assert.All(result, r => Assert.Equal(AbcClass.C, r.Class));
        Assert.All(result, r => Assert.Equal(0m, r.CumulativeShare));
    }

    [Fact]
    public void No_items_give_no_classes() => Assert.Empty(AbcAnalysis.Classify<int>([], AbcCutoffs.Default));

    [Fact]
    public void Negative_values_and_repeated_keys_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AbcAnalysis.Classify([new AbcItem<int>(1, -1m)], AbcCutoffs.Default));
        Assert.Throws<ArgumentException>(() =>
            AbcAnalysis.Classify([new AbcItem<int>(1, 1m), new AbcItem<int>(1, 2m)], AbcCutoffs.Default));
    }

    [Theory]
    [InlineData(0, 95)]
    [InlineData(-5, 95)]
    [InlineData(80, 80)]
    [InlineData(90, 80)]
    [InlineData(80, 100.5)]
    public void Cutoffs_outside_0_below_A_below_B_up_to_100_are_refused(decimal a, decimal b) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new AbcCutoffs(a, b));

    [Fact]
    public void Cutoffs_of_80_and_100_are_accepted() => Assert.Equal(100m, new AbcCutoffs(80m, 100m).B);

    [Fact]
    public void Every_key_comes_back_exactly_once()
    {
        Gen.Select(Items, Cutoffs).Sample((items, cutoffs) =>
        {
            var result = AbcAnalysis.Classify(items, cutoffs);
            Assert.Equal(items.Select(i => i.Key).Order(), result.Select(r => r.Key).Order());
        });
    }

    [Fact]
    public void A_higher_value_never_gets_a_worse_class()
    {
        Gen.Select(Items, Cutoffs).Sample((items, cutoffs) =>
        {
            var result = AbcAnalysis.Classify(items, cutoffs);
            foreach (var higher in result)
                foreach (var lower in result.Where(r => r.Value < higher.Value))
                    Assert.True(higher.Class <= lower.Class, $"{higher} is classed worse than {lower}");
        });
    }

    [Fact]
    public void A_items_make_up_at_least_the_A_share_and_are_the_fewest_that_do()
    {
        Gen.Select(Items, Cutoffs).Where((items, _) => items.Any(i => i.Value > 0m)).Sample((items, cutoffs) =>
        {
            var result = AbcAnalysis.Classify(items, cutoffs);
            var total = items.Sum(i => i.Value);
            var a = result.Where(r => r.Class == AbcClass.A).ToList();
            var aOrB = result.Where(r => r.Class != AbcClass.C).ToList();

            Assert.NotEmpty(a);
            Assert.True(a.Sum(r => r.Value) * 100m >= cutoffs.A * total, "A holds less than the A share");
            Assert.True((a.Sum(r => r.Value) - a[^1].Value) * 100m < cutoffs.A * total, "A holds an item it does not need");
            Assert.True(aOrB.Sum(r => r.Value) * 100m >= cutoffs.B * total, "A and B hold less than the B share");
        });
    }

    [Fact]
    public void Cumulative_share_rises_to_100()
    {
        Items.Where(items => items.Any(i => i.Value > 0m)).Sample(items =>
        {
            var shares = AbcAnalysis.Classify(items, AbcCutoffs.Default).Select(r => r.CumulativeShare).ToList();
            Assert.Equal(shares.Order(), shares);
            Assert.Equal(100m, shares[^1]);
        });
    }
}
