using Commerce.Warehouse.Domain.Packing;
using CsCheck;
using static Commerce.Warehouse.Tests.Packing.PackingScenarios;

namespace Commerce.Warehouse.Tests.Packing;

public sealed class BoxPackerPropertyTests
{
    [Fact]
    public void Every_item_is_either_placed_exactly_once_or_reported_unpackable()
    {
        Any.Sample(s =>
        {
            var plan = Plan(s);
            var placed = plan.Packages.SelectMany(p => p.Items).Select(p => p.Item).ToList();
            var accounted = placed.Concat(plan.Unpackable).ToList();

            Assert.Equal(s.Items.Length, accounted.Count);
            Assert.All(s.Items, item => Assert.Single(accounted, a => ReferenceEquals(a, item)));
        }, print: s => s.ToString());
    }

    [Fact]
    public void Every_placement_lies_inside_its_box_in_a_rotation_of_the_item()
    {
        Any.Sample(s =>
        {
            foreach (var package in Plan(s).Packages)
            {
                var inner = package.Box.Inner;
                Assert.All(package.Items, p =>
                {
                    Assert.True(p.Oriented.IsRotationOf(p.Item.Size), $"{p.Item.Key} is not a rotation of its size");
                    Assert.True(p.X >= 0 && p.Y >= 0 && p.Z >= 0, $"{p.Item.Key} starts outside the box");
                    Assert.True(p.X + p.Oriented.Length <= inner.Length
                        && p.Y + p.Oriented.Width <= inner.Width
                        && p.Z + p.Oriented.Height <= inner.Height, $"{p.Item.Key} sticks out of {package.Box.Code}");
                });
            }
        }, print: s => s.ToString());
    }

    [Fact]
    public void No_two_items_in_a_package_overlap()
    {
        Any.Sample(s =>
        {
            foreach (var package in Plan(s).Packages)
            {
                var items = package.Items;
                for (var a = 0; a < items.Count; a++)
                {
                    for (var b = a + 1; b < items.Count; b++)
                    {
                        Assert.False(SharesVolume(items[a], items[b]), $"{items[a].Item.Key} overlaps {items[b].Item.Key}");
                    }
                }
            }
        }, print: s => s.ToString());
    }

    [Fact]
    public void A_package_weighs_its_items_plus_the_tare_and_no_more_than_the_box_allows()
    {
        Any.Sample(s =>
        {
            Assert.All(Plan(s).Packages, p =>
            {
                Assert.Equal(p.Items.Sum(i => i.Item.Weight) + p.Box.TareWeight, p.GrossWeight);
                Assert.True(p.GrossWeight <= p.Box.MaxWeight, $"{p.Box.Code} carries {p.GrossWeight} lb");
            });
        }, print: s => s.ToString());
    }

    [Fact]
    public void A_package_bills_the_greater_of_its_rounded_up_actual_and_dimensional_weight()
    {
        Any.Sample(s =>
        {
            var plan = Plan(s);
            Assert.All(plan.Packages, p =>
            {
                var inner = p.Box.Inner;
                var cubic = WholeInches(inner.Length) * WholeInches(inner.Width) * WholeInches(inner.Height);
                var dimensional = (cubic + s.Divisor - 1) / s.Divisor;
                Assert.Equal(Math.Max(dimensional, Math.Ceiling(p.GrossWeight)), p.BillableWeight);
            });
            Assert.Equal(plan.Packages.Sum(p => p.BillableWeight), plan.TotalBillableWeight);
            Assert.Equal(plan.Packages.Sum(p => p.Box.Cost), plan.TotalBoxCost);
        }, print: s => s.ToString());
    }

    [Fact]
    public void An_item_that_fits_some_box_on_its_own_is_never_unpackable()
    {
        Any.Sample(s =>
        {
            var plan = Plan(s);
            Assert.All(s.Items, item =>
            {
                var fitsAlone = s.Boxes.Any(b => item.Weight + b.TareWeight <= b.MaxWeight && SidesFit(item.Size, b.Inner));
                Assert.Equal(!fitsAlone, plan.Unpackable.Contains(item));
            });
        }, print: s => s.ToString());
    }

    [Fact]
    public void Fits_confirms_every_planned_package()
    {
        Any.Sample(s =>
        {
            Assert.All(Plan(s).Packages, p => Assert.True(BoxPacker.Fits(p.Items.Select(i => i.Item).ToArray(), p.Box)));
        }, print: s => s.ToString());
    }

    [Fact]
    public void When_one_box_holds_everything_no_box_with_lower_billable_weight_or_cost_would()
    {
        Any.Where(s => Plan(s) is { Packages.Count: 1, Unpackable.Count: 0 }).Sample(s =>
        {
            var chosen = Plan(s).Packages[0];
            foreach (var box in s.Boxes)
            {
                var billable = BillableWeight.Of(box.Inner, s.Items.Sum(i => i.Weight) + box.TareWeight, s.Divisor);
                var better = billable < chosen.BillableWeight || (billable == chosen.BillableWeight && box.Cost < chosen.Box.Cost);
                Assert.False(better && BoxPacker.Fits(s.Items, box), $"{box.Code} would have been better than {chosen.Box.Code}");
            }
        }, print: s => s.ToString());
    }

    [Fact]
    public void The_plan_does_not_depend_on_the_order_the_items_are_listed_in()
    {
        Any.SelectMany(s => Gen.Shuffle(s.Items.ToArray()).Select(shuffled => (s, shuffled))).Sample(t =>
        {
            Assert.Equal(Summary(Plan(t.s)), Summary(BoxPacker.Plan(t.shuffled, t.s.Boxes, t.s.Divisor)));
        }, print: t => t.s.ToString());
    }

    private static string Summary(PackingPlan plan) =>
        string.Join(" | ", plan.Packages.Select(p => $"{p.Box.Code}: {string.Join(",", p.Items.Select(i => $"{i.Item.Key}@{i.X},{i.Y},{i.Z}"))}"))
        + " unpackable: " + string.Join(",", plan.Unpackable.Select(i => i.Key).Order(StringComparer.Ordinal));

    private static bool SharesVolume(PlacedItem a, PlacedItem b) =>
        a.X < b.X + b.Oriented.Length && b.X < a.X + a.Oriented.Length &&
        a.Y < b.Y + b.Oriented.Width && b.Y < a.Y + a.Oriented.Width &&
        a.Z < b.Z + b.Oriented.Height && b.Z < a.Z + a.Oriented.Height;

    private static bool SidesFit(Dimensions item, Dimensions space)
    {
        decimal[] mine = [item.Length, item.Width, item.Height], room = [space.Length, space.Width, space.Height];
        Array.Sort(mine);
        Array.Sort(room);
        return mine.Zip(room).All(p => p.First <= p.Second);
    }

    private static int WholeInches(decimal side) => (int)Math.Round(side, MidpointRounding.AwayFromZero);
}
