using Commerce.Inventory.Domain;
using CsCheck;

namespace Commerce.Inventory.Tests;

public sealed class StockLevelTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    private enum Step { Receive, Adjust, Reserve, Release }

    [Fact]
    public void Any_sequence_of_movements_keeps_the_ledger_equal_to_the_figures_and_reserved_within_on_hand()
    {
        Gen.Select(Gen.Enum<Step>(), Gen.Int[-20, 20]).Array[1, 60].Sample(steps =>
        {
            var level = new StockLevel { SkuId = Guid.NewGuid(), LocationId = Guid.NewGuid() };
            var ledger = new List<StockMovement>();
            var order = Guid.NewGuid();
            foreach (var (step, amount) in steps)
            {
                try
                {
                    ledger.Add(step switch
                    {
                        Step.Receive => level.Receive(amount, null, "test", Now),
                        Step.Adjust => level.Adjust(amount, "count", "test", Now),
                        Step.Reserve => level.Reserve(amount, order, "test", Now),
                        _ => level.Release(amount, order, "test", Now),
                    });
                }
                catch (Exception e) when (e is ArgumentOutOfRangeException or InvalidOperationException)
                {
                    // A refused movement must leave the figures as they were: checked by the sums below.
                }

                Assert.InRange(level.Reserved, 0, level.OnHand);
                Assert.Equal(level.OnHand, ledger.Sum(m => m.OnHandDelta));
                Assert.Equal(level.Reserved, ledger.Sum(m => m.ReservedDelta));
                Assert.Equal(ledger.Count, level.Version);
            }
        });
    }

    [Fact]
    public void Reserving_more_than_available_is_refused()
    {
        var level = new StockLevel();
        level.Receive(3, null, "test", Now);
        Assert.Throws<InvalidOperationException>(() => level.Reserve(4, Guid.NewGuid(), "test", Now));
        Assert.Equal(0, level.Reserved);
    }
}
