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
    /// (10 s by default); failures are retried up to 3 times with exponential backoff and jitter, honouring Retry-After;
    /// 4xx answers are never retried. The whole call gives up after 30 s. A POST (which may buy a label) is retried only
    /// when the carrier cannot have acted on it — 429 and 503 — never after a timeout or another 5xx, so a slow answer
    /// never buys a second label; GET, PUT and DELETE are retried on 5xx, 408, 429, timeouts and network failures.
    /// </summary>
    public static IHttpClientBuilder AddCarrierHttpClient(this IServiceCollection services, string name, TimeSpan? attemptTimeout = null) =>
        services.AddResilientHttpClient(name, "carrier", attemptTimeout);

    /// <summary>The named client with the retry policy described on <see cref="AddCarrierHttpClient"/>.</summary>
    internal static IHttpClientBuilder AddResilientHttpClient(
        this IServiceCollection services, string name, string pipelineName, TimeSpan? attemptTimeout)
    {
        var builder = services.AddHttpClient(name, client => client.Timeout = Timeout.InfiniteTimeSpan);
        builder.AddResilienceHandler(pipelineName, pipeline =>
        {
            pipeline.AddTimeout(TimeSpan.FromSeconds(30));
            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = 3,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(300),
                ShouldRetryAfterHeader = true,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Context.GetRequestMessage()?.Method, args.Outcome)),
            });
            pipeline.AddTimeout(attemptTimeout ?? TimeSpan.FromSeconds(10));
        });
        return builder;
    }

    internal static bool ShouldRetry(HttpMethod? method, Outcome<HttpResponseMessage> outcome)
    {
        if (outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable }) return true;
        if (method == HttpMethod.Post) return false;
        return outcome.Exception is HttpRequestException or Polly.Timeout.TimeoutRejectedException
               || outcome.Result is { StatusCode: HttpStatusCode.RequestTimeout }
               || (int?)outcome.Result?.StatusCode >= 500;
    }
}
