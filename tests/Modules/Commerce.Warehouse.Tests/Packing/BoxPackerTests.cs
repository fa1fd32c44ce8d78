using Commerce.Warehouse.Domain.Packing;

namespace Commerce.Warehouse.Tests.Packing;

public sealed class BoxPackerTests
{
    private static readonly BoxType Small = new("S", new Dimensions(6m, 4m, 4m), 20m, 0.40m, 0.1m);
    private static readonly BoxType Medium = new("M", new Dimensions(12m, 10m, 8m), 40m, 0.90m, 0.4m);
    private static readonly BoxType Large = new("L", new Dimensions(20m, 16m, 12m), 60m, 1.80m, 0.9m);

    private static PackItem Item(string key, decimal length, decimal width, decimal height, decimal weight = 1m) =>
        new(key, "SKU-" + key, new Dimensions(length, width, height), weight);

    [Fact]
    public void A_small_item_goes_in_the_smallest_box_that_holds_it()
    {
        var plan = BoxPacker.Plan([Item("mug", 5m, 3m, 2m)], [Large, Medium, Small]);

        var package = Assert.Single(plan.Packages);
        Assert.Equal("S", package.Box.Code);
        Assert.Equal(1.1m, package.GrossWeight);
        Assert.Equal(2m, package.BillableWeight); // 96 in³ / 139 -> 1 lb, but 1.1 lb actual -> 2 lb
        Assert.Empty(plan.Unpackable);
    }

    [Fact]
    public void A_long_thin_item_is_turned_to_lie_along_the_box()
    {
        var tube = new BoxType("TUBE", new Dimensions(20m, 4m, 4m), 10m, 1m, 0.2m);
        var plan = BoxPacker.Plan([Item("rod", 2m, 2m, 18m)], [tube]);

        var placed = Assert.Single(Assert.Single(plan.Packages).Items);
        Assert.Equal(new Dimensions(18m, 2m, 2m), placed.Oriented);
    }

    [Theory]
    // 12 x 12 x 12 = 1728 in³ holding 0.8 lb plus 0.7 lb of box: actual bills as 2 lb.
    [InlineData(139, 13)] // 1728 / 139 = 12.43 -> 13
    [InlineData(166, 11)] // 1728 / 166 = 10.41 -> 11
    public void A_light_bulky_item_bills_its_dimensional_weight(int divisor, int expected)
    {
        var cube = new BoxType("CUBE", new Dimensions(12m, 12m, 12m), 30m, 1.5m, 0.7m);
        var plan = BoxPacker.Plan([Item("pillow", 11m, 11m, 11m, 0.8m)], [cube], divisor);

        Assert.Equal(expected, Assert.Single(plan.Packages).BillableWeight);
        Assert.Equal(expected, plan.TotalBillableWeight);
    }

    [Fact]
    public void Two_items_that_fit_only_side_by_side_on_their_sides_share_one_box()
    {
        // Each 5 x 4 x 6 item must lie 6 long, 5 wide, 4 high to pair up in a 12 x 5 x 4 box.
        var tray = new BoxType("TRAY", new Dimensions(12m, 5m, 4m), 20m, 0.5m, 0.2m);
        var items = new[] { Item("a", 5m, 4m, 6m), Item("b", 5m, 4m, 6m) };

        var plan = BoxPacker.Plan(items, [tray]);

        var package = Assert.Single(plan.Packages);
        Assert.Equal(2, package.Items.Count);
        Assert.All(package.Items, p => Assert.Equal(new Dimensions(6m, 5m, 4m), p.Oriented));
        Assert.True(BoxPacker.Fits(items, tray));
    }

    [Fact]
    public void An_order_too_big_for_one_box_goes_in_two_and_the_rest_in_a_smaller_one()
    {
        var big = new BoxType("BIG", new Dimensions(10m, 10m, 10m), 50m, 1.0m, 0.5m);
        var half = new BoxType("HALF", new Dimensions(10m, 10m, 5m), 50m, 0.6m, 0.3m);
        var items = new[] { Item("a", 10m, 10m, 4m), Item("b", 10m, 10m, 4m), Item("c", 10m, 10m, 4m) };

        var plan = BoxPacker.Plan(items, [big, half]);

        Assert.Equal(["BIG", "HALF"], plan.Packages.Select(p => p.Box.Code).ToArray());
        Assert.Equal([2, 1], plan.Packages.Select(p => p.Items.Count).ToArray());
        Assert.Equal(1.6m, plan.TotalBoxCost);
        Assert.Equal(8m + 4m, plan.TotalBillableWeight); // 1000/139 -> 8 lb and 500/139 -> 4 lb
    }

    [Fact]
    public void An_item_no_box_can_hold_is_unpackable_and_the_rest_are_still_packed()
    {
        var ladder = Item("ladder", 30m, 2m, 2m);
        var mug = Item("mug", 5m, 3m, 2m);

        var plan = BoxPacker.Plan([ladder, mug], [Small, Medium, Large]);

        Assert.Equal([ladder], plan.Unpackable);
        Assert.Equal(mug, Assert.Single(Assert.Single(plan.Packages).Items).Item);
    }

    [Fact]
    public void An_item_heavier_than_every_box_allows_is_unpackable()
    {
        var anvil = Item("anvil", 4m, 4m, 4m, 75m);

        var plan = BoxPacker.Plan([anvil], [Small, Medium, Large]);

        Assert.Empty(plan.Packages);
        Assert.Equal([anvil], plan.Unpackable);
    }

    [Fact]
    public void A_heavy_item_takes_the_stronger_box_and_a_light_one_the_cheaper()
    {
        var flimsy = new BoxType("FLIMSY", new Dimensions(12m, 12m, 12m), 10m, 1m, 0.5m);
        var strong = new BoxType("STRONG", new Dimensions(12m, 12m, 12m), 70m, 3m, 1.5m);

        var heavy = BoxPacker.Plan([Item("weights", 8m, 8m, 8m, 15m)], [flimsy, strong]);
        var light = BoxPacker.Plan([Item("towels", 8m, 8m, 8m, 5m)], [flimsy, strong]);

        Assert.Equal("STRONG", Assert.Single(heavy.Packages).Box.Code);
        Assert.Equal(16.5m, heavy.Packages[0].GrossWeight);
        Assert.Equal("FLIMSY", Assert.Single(light.Packages).Box.Code);
    }

    [Fact]
    public void Fits_rejects_a_manual_choice_that_is_too_heavy_or_too_small()
    {
        var pair = new[] { Item("a", 5m, 3m, 2m, 9m), Item("b", 5m, 3m, 2m, 9m) };

        Assert.True(BoxPacker.Fits(pair, Small));
        Assert.False(BoxPacker.Fits([.. pair, Item("c", 5m, 3m, 2m, 9m)], Small));
        Assert.False(BoxPacker.Fits([Item("long", 7m, 1m, 1m)], Small));
    }

    [Fact]
    public void An_empty_order_needs_no_box() =>
        Assert.Empty(BoxPacker.Plan([], [Small]).Packages);

    [Fact]
    public void An_item_without_a_real_size_is_rejected() =>
        Assert.Throws<ArgumentException>(() => BoxPacker.Plan([Item("ghost", 0m, 1m, 1m)], [Small]));
}
