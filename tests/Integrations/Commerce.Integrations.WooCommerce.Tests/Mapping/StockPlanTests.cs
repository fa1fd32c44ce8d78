using System.Text.Json;
using Commerce.Integrations.Abstractions.Storefronts;
using Commerce.Integrations.WooCommerce.Mapping;
using CsCheck;

namespace Commerce.Integrations.WooCommerce.Tests.Mapping;

public sealed class StockPlanTests
{
    [Fact]
    public void Products_go_to_products_batch_and_variations_to_their_parents_batch_with_absolute_quantities()
    {
        var plan = StockPlan.Build(
            [new StockLevelPush("MUG-1", 12), new StockLevelPush("TEE-M", 0), new StockLevelPush("GONE", 4), new StockLevelPush("TEE-L", -2)],
            [new ProductRef(794, "MUG-1", null), new ProductRef(733, "TEE-M", 799), new ProductRef(734, "TEE-L", 799)]);

        Assert.Equal(["GONE"], plan.UnknownSkus);
        Assert.Equal(["products/batch", "products/799/variations/batch"], plan.Batches.Select(b => b.Path));
        Assert.Equal(
            """{"update":[{"id":794,"manage_stock":true,"stock_quantity":12}]}""",
            plan.Batches[0].Body().ToJsonString());
        Assert.Equal(
            """{"update":[{"id":733,"manage_stock":true,"stock_quantity":0},{"id":734,"manage_stock":true,"stock_quantity":-2}]}""",
            plan.Batches[1].Body().ToJsonString());
    }

    [Fact]
    public void Skus_match_ignoring_case_the_last_level_of_a_repeated_sku_wins_and_the_first_product_of_a_shared_sku_is_set()
    {
        var plan = StockPlan.Build(
            [new StockLevelPush("mug-1", 3), new StockLevelPush("MUG-1", 5)],
            [new ProductRef(10, "Mug-1", null), new ProductRef(11, "MUG-1", null)]);

        var update = Assert.Single(Assert.Single(plan.Batches).Updates);
        Assert.Equal((10L, 5), (update.Id, update.Quantity));
        Assert.Empty(plan.UnknownSkus);
    }

    [Fact]
    public void A_hundred_and_fifty_products_take_two_batches()
    {
        var levels = Enumerable.Range(1, 150).Select(i => new StockLevelPush($"SKU-{i}", i)).ToList();
        var plan = StockPlan.Build(levels, levels.Select((l, i) => new ProductRef(1000 + i, l.Sku, null)));

        Assert.Equal([100, 50], plan.Batches.Select(b => b.Updates.Count));
    }

    [Fact]
    public void Lookups_ask_for_at_most_a_hundred_skus_and_a_sku_with_a_comma_alone()
    {
        var skus = Enumerable.Range(1, 230).Select(i => $"S{i}").Append("RED,LARGE").ToList();

        var groups = StockPlan.LookupGroups(skus);

        Assert.Equal([100, 100, 30, 1], groups.Select(g => g.Count).OrderByDescending(c => c));
        Assert.Contains(groups, g => g is ["RED,LARGE"]);
        Assert.Equal(skus.Order(), groups.SelectMany(g => g).Order());
    }

    [Fact]
    public void Lookups_keep_their_sku_list_short_when_skus_are_long()
    {
        var skus = Enumerable.Range(1, 60).Select(i => $"{new string('X', 60)}-{i}").ToList();

        var groups = StockPlan.LookupGroups(skus);

        Assert.True(groups.Count > 1);
        Assert.All(groups, g => Assert.True(g.Sum(s => Uri.EscapeDataString(s).Length + 1) <= 1500));
    }

    [Fact]
    public void A_found_product_is_read_as_a_product_or_as_a_variation_of_its_parent()
    {
        using var found = JsonDocument.Parse("""
            [{"id":794,"sku":"MUG-1","type":"simple","parent_id":0},
             {"id":733,"sku":"TEE-M","type":"variation","parent_id":799},
             {"id":735,"sku":"TEE-S","parent_id":799},
             {"id":800,"sku":"","type":"simple","parent_id":0},
             {"id":801,"sku":"BUNDLE","type":"simple","parent_id":12}]
            """);

        var refs = found.RootElement.EnumerateArray().Select(ProductRef.Read).ToList();

        Assert.Equal(
            [new ProductRef(794, "MUG-1", null), new ProductRef(733, "TEE-M", 799), new ProductRef(735, "TEE-S", 799), null,
             new ProductRef(801, "BUNDLE", null)],
            refs);
    }

    [Fact]
    public void Every_known_sku_is_set_exactly_once_to_its_level_in_batches_of_at_most_a_hundred()
    {
        // Levels over a pool of SKUs (repeats included); the store knows some of them, most as products, some as variations
        // of one of two variable products; big samples put well over a hundred products in one batch group.
        static long? Parent(int k) => (k % 7) switch { 0 => 799, 1 => 800, _ => null };
        var scenario = Gen.Select(Gen.Select(Gen.Int[0, 300], Gen.Int[-5, 500]).Array[0, 600], Gen.Int[0, 300].Array[0, 450]);

        scenario.Sample((rawLevels, known) =>
        {
            var levels = rawLevels.Select(l => new StockLevelPush($"SKU-{l.Item1}", l.Item2)).ToList();
            var found = known.Distinct().Select(k => new ProductRef(10_000 + k, $"SKU-{k}", Parent(k)));

            var plan = StockPlan.Build(levels, found);

            var lastLevel = levels.GroupBy(l => l.Sku).ToDictionary(g => g.Key, g => g.Last().Available);
            var updates = plan.Batches.SelectMany(b => b.Updates).ToList();
            var knownSkus = known.Select(k => $"SKU-{k}").ToHashSet();
            Assert.All(plan.Batches, b => Assert.InRange(b.Updates.Count, 1, StockPlan.BatchLimit));
            Assert.Equal(updates.Count, updates.Select(u => u.Sku).Distinct().Count());
            Assert.Equal(lastLevel.Keys.Where(knownSkus.Contains).Order(), updates.Select(u => u.Sku).Order());
            Assert.All(updates, u => Assert.Equal(lastLevel[u.Sku], u.Quantity));
            Assert.Equal(lastLevel.Keys.Where(k => !knownSkus.Contains(k)).Order(), plan.UnknownSkus.Order());
            Assert.All(plan.Batches, b => Assert.All(b.Updates, u => Assert.Equal(
                Parent((int)(u.Id - 10_000)) is { } parent ? $"products/{parent}/variations/batch" : "products/batch", b.Path)));
        });
    }
}
