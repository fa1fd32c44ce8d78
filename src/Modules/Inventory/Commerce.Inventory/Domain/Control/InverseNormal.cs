namespace Commerce.Inventory.Domain.Control;

/// <summary>
/// Inverse of the standard normal distribution function (the quantile or probit function), by Peter J. Acklam's
/// rational approximation ("An algorithm for computing the inverse normal cumulative distribution function", 2003):
/// relative error below 1.15 × 10⁻⁹ over the whole range.
/// </summary>
internal static class InverseNormal
{
    private const double LowRegionEnd = 0.02425;

    private static readonly double[] A =
    [
        -3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
        1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00,
    ];

    private static readonly double[] B =
    [
        -5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
        6.680131188771972e+01, -1.328068155288572e+01,
    ];

    private static readonly double[] C =
    [
        -7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
        -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00,
    ];

    private static readonly double[] D =
    [
        7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00,
    ];

    /// <summary>
    /// The z with Φ(z) = <paramref name="probability"/>, e.g. Z(0.95) ≈ 1.6449, Z(0.5) = 0. Computed for p ≤ ½ and
    /// mirrored (Z(p) = −Z(1 − p)), so the symmetry holds exactly.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="probability"/> is not strictly between 0 and 1.</exception>
    public static decimal Z(decimal probability)
    {
        if (probability <= 0m || probability >= 1m)
            throw new ArgumentOutOfRangeException(nameof(probability), probability, "The probability must be strictly between 0 and 1.");
        return probability > 0.5m ? -LowerHalf(1m - probability) : LowerHalf(probability);
    }

    private static decimal LowerHalf(decimal p)
    {
        if ((double)p < LowRegionEnd)
        {
            var q = Math.Sqrt(-2 * Math.Log((double)p));
            var tail = (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
                / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
            return (decimal)tail;
        }

        var centred = (double)(p - 0.5m);
        var r = centred * centred;
        var central = (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * centred
            / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
        return (decimal)central;
    }
}
