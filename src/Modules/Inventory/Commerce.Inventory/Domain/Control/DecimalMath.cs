namespace Commerce.Inventory.Domain.Control;

/// <summary>Square root and sample standard deviation in <see cref="decimal"/>.</summary>
internal static class DecimalMath
{
    /// <summary>
    /// √<paramref name="value"/> by Newton's (Heron's) method x ← (x + v/x) / 2, started from the <see cref="double"/>
    /// root, so exact squares come out exact and the rest to decimal precision.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public static decimal Sqrt(decimal value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        if (value == 0m) return 0m;
        var x = (decimal)Math.Sqrt((double)value);
        for (var i = 0; i < 3; i++)
        {
            var next = (x + value / x) / 2m;
            if (next == x) break;
            x = next;
        }

        return x;
    }

    /// <summary>Sample standard deviation √(Σ(x − x̄)² / (n − 1)); 0 for fewer than two values.</summary>
    public static decimal SampleStandardDeviation(IReadOnlyCollection<decimal> values)
    {
        if (values.Count < 2) return 0m;
        var mean = values.Average();
        var sumOfSquares = values.Sum(v => (v - mean) * (v - mean));
        return Sqrt(sumOfSquares / (values.Count - 1));
    }
}
