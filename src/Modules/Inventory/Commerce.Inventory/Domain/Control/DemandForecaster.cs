namespace Commerce.Inventory.Domain.Control;

/// <summary>
/// Holt's linear exponential smoothing (double exponential smoothing) of daily demand, as in Hyndman &amp; Athanasopoulos,
/// <i>Forecasting: Principles and Practice</i>, §8.2 "Methods with trend".
/// </summary>
internal static class DemandForecaster
{
    private const int InitialLevelDays = 7;
    private const int MinimumErrorsForStdDev = 3;

    /// <summary>
    /// Forecasts daily demand from <paramref name="dailyDemand"/> (oldest first, one value per day, zeros included).
    /// Starting from level L₀ = mean of the first min(7, n) days and trend T₀ = 0, each day y_t updates
    /// L_t = α·y_t + (1−α)(L_{t−1} + T_{t−1}) and T_t = β(L_t − L_{t−1}) + (1−β)T_{t−1}.
    /// <see cref="DemandForecast.DailyDemand"/> is max(0, L + T·h) averaged over h = 1..<paramref name="horizonDays"/>;
    /// <see cref="DemandForecast.DailyStdDev"/> is the sample standard deviation (n − 1) of the one-step-ahead errors
    /// y_t − (L_{t−1} + T_{t−1}), or of the demand itself when there are fewer than 3 errors (0 for a single day).
    /// Empty history gives all zeros.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A demand is negative, α or β is outside (0, 1], or the horizon is below one day.
    /// </exception>
    public static DemandForecast Forecast(
        IReadOnlyList<decimal> dailyDemand, decimal alpha = 0.3m, decimal beta = 0.1m, int horizonDays = 30)
    {
        ArgumentNullException.ThrowIfNull(dailyDemand);
        if (alpha <= 0m || alpha > 1m) throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "α must be in (0, 1].");
        if (beta <= 0m || beta > 1m) throw new ArgumentOutOfRangeException(nameof(beta), beta, "β must be in (0, 1].");
        ArgumentOutOfRangeException.ThrowIfLessThan(horizonDays, 1);
        if (dailyDemand.Any(d => d < 0m))
            throw new ArgumentOutOfRangeException(nameof(dailyDemand), "Daily demand cannot be negative.");
        if (dailyDemand.Count == 0) return new DemandForecast(0m, 0m, 0m, 0m, 0);

        var level = dailyDemand.Take(InitialLevelDays).Average();
        var trend = 0m;
        var errors = new List<decimal>(dailyDemand.Count);
        foreach (var demand in dailyDemand)
        {
            var oneStepAhead = level + trend;
            errors.Add(demand - oneStepAhead);
            var previousLevel = level;
            level = alpha * demand + (1m - alpha) * oneStepAhead;
            trend = beta * (level - previousLevel) + (1m - beta) * trend;
        }

        var dailyForecast = Enumerable.Range(1, horizonDays).Sum(h => Math.Max(0m, level + trend * h)) / horizonDays;
        var stdDev = errors.Count >= MinimumErrorsForStdDev
            ? DecimalMath.SampleStandardDeviation(errors)
            : DecimalMath.SampleStandardDeviation(dailyDemand);
        return new DemandForecast(dailyForecast, stdDev, level, trend, dailyDemand.Count);
    }
}
