namespace Commerce.Inventory.Domain.Control;

/// <summary>
/// A daily demand forecast: <paramref name="DailyDemand"/> is the expected demand per day over the forecast horizon,
/// <paramref name="DailyStdDev"/> the standard deviation of daily demand around the forecast, <paramref name="Level"/>
/// and <paramref name="Trend"/> the smoothed state after the last day, from <paramref name="DaysOfHistory"/> days.
/// </summary>
internal sealed record DemandForecast(decimal DailyDemand, decimal DailyStdDev, decimal Level, decimal Trend, int DaysOfHistory);
