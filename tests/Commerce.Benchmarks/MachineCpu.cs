using System.Globalization;

namespace Commerce.Benchmarks;

/// <summary>The CPU time a measured run cost: the host's per order, and how busy the whole machine was meanwhile.</summary>
public sealed record CpuUse(double HostMsPerOrder, double MachineBusy);

/// <summary>The whole machine's CPU counters from /proc/stat (Linux): busy and idle time over all cores.</summary>
public readonly record struct MachineCpu(long Busy, long Idle)
{
    public static MachineCpu Read()
    {
        if (!File.Exists("/proc/stat")) return default;
        // cpu  user nice system idle iowait irq softirq steal guest guest_nice (in clock ticks)
        var ticks = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Take(8).Select(t => long.Parse(t, CultureInfo.InvariantCulture)).ToArray();
        var idle = ticks[3] + ticks[4];
        return new MachineCpu(ticks.Sum() - idle, idle);
    }

    /// <summary>The share of the machine's CPU time since <paramref name="before"/> that was busy; NaN off Linux.</summary>
    public static double BusySince(MachineCpu before)
    {
        var now = Read();
        var busy = now.Busy - before.Busy;
        var total = busy + now.Idle - before.Idle;
        return total > 0 ? (double)busy / total : double.NaN;
    }
}
