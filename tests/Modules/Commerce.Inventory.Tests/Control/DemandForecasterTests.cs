using Commerce.Inventory.Domain.Control;
using CsCheck;

namespace Commerce.Inventory.Tests.Control;

public sealed class DemandForecasterTests
{
    [Fact]
    public void A_constant_series_forecasts_the_constant_with_no_trend_and_no_spread()
    {
        var forecast = DemandForecaster.Forecast(Enumerable.Repeat(12.5m, 60).ToList());

        Assert.Equal(new DemandForecast(12.5m, 0m, 12.5m, 0m, 60), forecast);
    }

    [Fact]
    public void A_linear_ramp_is_followed_with_its_slope_after_90_days()
    {
        // y_t = 10 + 2t for t = 0..89, so y_89 = 188. With α = 0.3, β = 0.1 Holt's errors on a linear trend die out
        // geometrically; after 90 days level and trend are within 0.001 of 188 and 2 (reference run: 188.0000036, 2.0000004).
        // Forecast = mean over h = 1..30 of 188 + 2h = 188 + 2 · 15.5 = 219, within 0.01.
        var ramp = Enumerable.Range(0, 90).Select(t => 10m + 2m * t).ToList();

        var forecast = DemandForecaster.Forecast(ramp);

        Assert.InRange(forecast.Trend, 1.999m, 2.001m);
        Assert.InRange(forecast.Level, 187.999m, 188.001m);
        Assert.InRange(forecast.DailyDemand, 218.99m, 219.01m);
        Assert.Equal(90, forecast.DaysOfHistory);
    }

    [Fact]
    public void Four_days_with_alpha_and_beta_one_half_match_the_hand_computation()
    {
        // y = 10, 12, 14, 16; L0 = mean(10, 12, 14, 16) = 13 (fewer than 7 days: all of them), T0 = 0.
        // t1: forecast 13 + 0 = 13, error -3;            L1 = .5·10 + .5·13 = 11.5;            T1 = .5(11.5 − 13) + .5·0 = −0.75
        // t2: forecast 11.5 − 0.75 = 10.75, error 1.25;   L2 = .5·12 + .5·10.75 = 11.375;       T2 = .5(−0.125) + .5(−0.75) = −0.4375
        // t3: forecast 10.9375, error 3.0625;             L3 = .5·14 + .5·10.9375 = 12.46875;   T3 = .5(1.09375) + .5(−0.4375) = 0.328125
        // t4: forecast 12.796875, error 3.203125;         L4 = .5·16 + .5·12.796875 = 14.3984375; T4 = .5(1.9296875) + .5(0.328125) = 1.12890625
        // Horizon 2: ((L4 + T4) + (L4 + 2·T4)) / 2 = L4 + 1.5·T4 = 14.3984375 + 1.693359375 = 16.091796875.
        // Errors −3, 1.25, 3.0625, 3.203125: mean 1.12890625, squared deviations 17.04786…, 0.01466…, 3.73878…, 4.30238…,
        // sum 25.1037…, / 3 = 8.36790…, √ = 2.892732…
        var forecast = DemandForecaster.Forecast([10m, 12m, 14m, 16m], alpha: 0.5m, beta: 0.5m, horizonDays: 2);

        Assert.Equal(14.3984375m, forecast.Level);
        Assert.Equal(1.12890625m, forecast.Trend);
        Assert.Equal(16.091796875m, forecast.DailyDemand);
        Assert.InRange(forecast.DailyStdDev, 2.892732m, 2.892733m);
        Assert.Equal(4, forecast.DaysOfHistory);
    }

    [Fact]
    public void No_history_forecasts_zeros() =>
        Assert.Equal(new DemandForecast(0m, 0m, 0m, 0m, 0), DemandForecaster.Forecast([]));

    [Fact]
    public void Fewer_than_three_days_take_the_spread_of_the_demand_itself()
    {
        // Two days 4 and 8: sample standard deviation √(((4 − 6)² + (8 − 6)²) / 1) = √8.
        Assert.Equal(DecimalMath.Sqrt(8m), DemandForecaster.Forecast([4m, 8m]).DailyStdDev);
        Assert.Equal(0m, DemandForecaster.Forecast([4m]).DailyStdDev);
    }

    [Fact]
    public void A_falling_trend_averages_only_the_days_before_the_forecast_reaches_zero()
    {
        // y_t = 100 − 3t for t = 0..29 ends with L ≈ 13.336, T ≈ −2.939 (reference run). L + T·h is positive for h = 1..4 only:
        // 10.397 + 7.458 + 4.519 + 1.580 = 23.954, / 30 days ≈ 0.7985, where the unclamped mean L + 15.5·T would be ≈ −32.2.
        var falling = Enumerable.Range(0, 30).Select(t => 100m - 3m * t).ToList();

        var forecast = DemandForecaster.Forecast(falling);

        var clamped = Enumerable.Range(1, 30).Sum(h => Math.Max(0m, forecast.Level + forecast.Trend * h)) / 30m;
        Assert.Equal(clamped, forecast.DailyDemand);
        Assert.InRange(forecast.DailyDemand, 0.798m, 0.799m);
    }

    [Fact]
    public void Forecast_and_spread_are_never_negative()
    {
        Gen.Decimal[0m, 500m].Select(d => decimal.Round(d, 2)).List[0, 120].Sample(history =>
        {
            var forecast = DemandForecaster.Forecast(history);
            Assert.True(forecast.DailyDemand >= 0m);
            Assert.True(forecast.DailyStdDev >= 0m);
            Assert.Equal(history.Count, forecast.DaysOfHistory);
        });
    }

    [Fact]
    public void Negative_demand_and_smoothing_outside_0_to_1_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DemandForecaster.Forecast([1m, -1m]));
        Assert.Throws<ArgumentOutOfRangeException>(() => DemandForecaster.Forecast([1m], alpha: 0m));
        Assert.Throws<ArgumentOutOfRangeException>(() => DemandForecaster.Forecast([1m], beta: 1.1m));
        Assert.Throws<ArgumentOutOfRangeException>(() => DemandForecaster.Forecast([1m], horizonDays: 0));
    }
}
