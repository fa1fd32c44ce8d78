using Commerce.Kernel.Persistence;

namespace Commerce.IntegrationTests.Persistence;

/// <summary>The SQLite write gate's queue: one holder at a time, urgent waiters first, a cancelled waiter skipped.</summary>
public sealed class PriorityGateTests
{
    [Fact]
    public async Task Urgent_waiters_go_before_ordinary_ones_and_each_lane_keeps_its_order()
    {
        var gate = new PriorityGate();
        await gate.EnterAsync(urgent: false);
        var order = new List<string>();
        var waiters = new[] { ("ordinary 1", false), ("urgent 1", true), ("ordinary 2", false), ("urgent 2", true) }
            .Select(w => Hold(gate, w.Item2, () => order.Add(w.Item1))).ToList();
        await Until(() => gate.Waiting == 4);

        gate.Release();
        await Task.WhenAll(waiters);

        Assert.Equal(["urgent 1", "urgent 2", "ordinary 1", "ordinary 2"], order);
        Assert.Equal(0, gate.Waiting);
        await gate.EnterAsync(urgent: false).WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Only_one_caller_holds_the_gate_at_a_time()
    {
        var gate = new PriorityGate();
        var inside = 0;
        var most = 0;
        await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(async () =>
        {
            await gate.EnterAsync(urgent: i % 3 == 0);
            var now = Interlocked.Increment(ref inside);
            InterlockedMax(ref most, now);
            await Task.Yield();
            Interlocked.Decrement(ref inside);
            gate.Release();
        })));

        Assert.Equal(1, most);
        Assert.Equal(0, gate.Waiting);
    }

    [Fact]
    public async Task A_cancelled_waiter_leaves_the_queue_and_the_next_one_gets_the_gate()
    {
        var gate = new PriorityGate();
        await gate.EnterAsync(urgent: false);
        using var cancel = new CancellationTokenSource();
        var cancelled = gate.EnterAsync(urgent: true, cancel.Token);
        var next = gate.EnterAsync(urgent: false);
        await Until(() => gate.Waiting == 2);

        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        Assert.Equal(1, gate.Waiting);

        gate.Release();
        await next.WaitAsync(TimeSpan.FromSeconds(5));
        gate.Release();
        Assert.Throws<InvalidOperationException>(gate.Release);
    }

    private static async Task Hold(PriorityGate gate, bool urgent, Action inside)
    {
        await gate.EnterAsync(urgent);
        inside();
        gate.Release();
    }

    private static async Task Until(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++) await Task.Delay(10);
        Assert.True(condition());
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
