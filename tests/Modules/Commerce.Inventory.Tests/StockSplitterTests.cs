using Commerce.Inventory.Domain;
using CsCheck;

namespace Commerce.Inventory.Tests;

public sealed class StockSplitterTests
{
    private static readonly Gen<(int Wanted, StockSource[] Sources)> Demands =
        Gen.Select(
            Gen.Int[0, 60],
            Gen.Int[-3, 25].Array[0, 6].Select(available =>
                available.Select((a, i) => new StockSource(new Guid(i + 1, 0, 0, new byte[8]), a)).ToArray()));

    [Fact]
    public void Never_takes_more_than_a_source_has_nor_more_than_wanted_and_takes_all_it_can()
    {
        Demands.Sample(d =>
        {
            var takes = StockSplitter.Split(d.Wanted, d.Sources);
            var available = d.Sources.ToDictionary(s => s.StockLevelId, s => Math.Max(0, s.Available));

            Assert.All(takes, t => Assert.InRange(t.Quantity, 1, available[t.StockLevelId]));
            Assert.Equal(takes.Count, takes.Select(t => t.StockLevelId).Distinct().Count());
            Assert.Equal(Math.Min(d.Wanted, available.Values.Sum()), takes.Sum(t => t.Quantity));
        });
    }

    [Fact]
    public void Takes_everything_from_one_location_when_one_has_enough()
    {
        Demands.Where(d => d.Wanted > 0 && d.Sources.Any(s => s.Available >= d.Wanted)).Sample(d =>
        {
            var takes = StockSplitter.Split(d.Wanted, d.Sources);
            Assert.Single(takes);
            Assert.Equal(d.Wanted, takes[0].Quantity);
        });
    }

    [Fact]
    public void Splits_across_the_fullest_locations_first()
    {
        var (a, b, c) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var takes = StockSplitter.Split(10, [new(a, 3), new(b, 6), new(c, 2)]);
        Assert.Equal([new StockTake(b, 6), new StockTake(a, 3), new StockTake(c, 1)], takes);
    }

    [Fact]
    public void Nothing_wanted_takes_nothing() => Assert.Empty(StockSplitter.Split(0, [new(Guid.NewGuid(), 5)]));
}
