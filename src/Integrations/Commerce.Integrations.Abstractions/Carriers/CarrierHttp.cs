using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Commerce.Integrations.Abstractions.Carriers;

/// <summary>The HTTP transport every carrier adapter uses: one named client per carrier with timeouts and retries.</summary>
public static class CarrierHttp
{
    /// <summary>
    /// Registers a named HttpClient for a carrier: each attempt times out after <paramref name="attemptTimeout"/>
    /// (10 s by default); 5xx, 408, 429 and network failures are retried up to 3 times with exponential backoff and
    /// jitter, honouring Retry-After; 4xx answers are never retried. The whole call gives up after 30 s.
    /// </summary>
    public static IHttpClientBuilder AddCarrierHttpClient(this IServiceCollection services, string name, TimeSpan? attemptTimeout = null)
    {
        var builder = services.AddHttpClient(name, client => client.Timeout = Timeout.InfiniteTimeSpan);
        builder.AddResilienceHandler("carrier", pipeline =>
        {
            pipeline.AddTimeout(TimeSpan.FromSeconds(30));
            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = 3,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(300),
                ShouldRetryAfterHeader = true,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome)),
            });
            pipeline.AddTimeout(attemptTimeout ?? TimeSpan.FromSeconds(10));
        });
        return builder;
    }

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is HttpRequestException or Polly.Timeout.TimeoutRejectedException
        || outcome.Result is { StatusCode: HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests }
        || (int?)outcome.Result?.StatusCode >= 500;
}
