using Commerce.Inventory.Domain.Control;

namespace Commerce.Inventory.Tests.Control;

public sealed class CycleCountScheduleTests
{
    private static readonly DateOnly Today = new(2025, 6, 30);

    [Theory]
    // 365 / 12 = 30.4 days for A, 365 / 4 = 91.25 for B, 365 / 1 for C.
    [InlineData("A", 30, false)]
    [InlineData("A", 31, true)]
    [InlineData("B", 91, false)]
    [InlineData("B", 92, true)]
    [InlineData("C", 364, false)]
    [InlineData("C", 365, true)]
    [InlineData("C", 800, true)]
    public void Is_due_once_a_year_divided_by_the_class_counts_has_passed(string cls, int daysSinceCount, bool due) =>
        Assert.Equal(due, CycleCountSchedule.IsDue(Enum.Parse<AbcClass>(cls), Today.AddDays(-daysSinceCount), Today));

    [Theory]
    [InlineData("A")]
    [InlineData("B")]
    [InlineData("C")]
    public void A_SKU_never_counted_is_due(string cls) => Assert.True(CycleCountSchedule.IsDue(Enum.Parse<AbcClass>(cls), null, Today));

    [Fact]
    public void Counted_today_or_in_the_future_is_not_due()
    {
        Assert.False(CycleCountSchedule.IsDue(AbcClass.A, Today, Today));
        Assert.False(CycleCountSchedule.IsDue(AbcClass.A, Today.AddDays(5), Today));
    }

    [Fact]
    public void Configured_counts_override_the_defaults_and_missing_classes_keep_theirs()
    {
        var weeklyA = new Dictionary<AbcClass, int> { [AbcClass.A] = 52 };
        // 365 / 52 = 7.02 days: due on day 8, not 7.
        Assert.False(CycleCountSchedule.IsDue(AbcClass.A, Today.AddDays(-7), Today, weeklyA));
        Assert.True(CycleCountSchedule.IsDue(AbcClass.A, Today.AddDays(-8), Today, weeklyA));
        Assert.False(CycleCountSchedule.IsDue(AbcClass.B, Today.AddDays(-91), Today, weeklyA));
        Assert.True(CycleCountSchedule.IsDue(AbcClass.B, Today.AddDays(-92), Today, weeklyA));
    }

    [Fact]
    public void A_class_with_zero_counts_a_year_is_never_due()
    {
        var noC = new Dictionary<AbcClass, int> { [AbcClass.C] = 0 };
        Assert.False(CycleCountSchedule.IsDue(AbcClass.C, null, Today, noC));
        Assert.False(CycleCountSchedule.IsDue(AbcClass.C, Today.AddDays(-1000), Today, noC));
    }

    [Fact]
    public void Negative_counts_a_year_are_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            CycleCountSchedule.IsDue(AbcClass.A, null, Today, new Dictionary<AbcClass, int> { [AbcClass.A] = -1 }));
}
