using Commerce.Integrations.Abstractions.Carriers;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Integrations.Abstractions.Fulfillment;

/// <summary>The HTTP transport every fulfillment partner adapter uses: one named client per adapter with timeouts and retries.</summary>
public static class FulfillmentHttp
{
    /// <summary>
    /// Registers a named HttpClient for a partner adapter with the carriers' policy (<see cref="CarrierHttp.AddCarrierHttpClient"/>):
    /// 10 s per attempt, up to 3 retries with backoff honouring Retry-After, never on 4xx; a POST is retried only on 429 and
    /// 503, when the partner cannot have acted on it. What still fails is retried later by the caller's outbox.
    /// </summary>
    public static IHttpClientBuilder AddFulfillmentPartnerHttpClient(this IServiceCollection services, string name, TimeSpan? attemptTimeout = null) =>
        services.AddResilientHttpClient(name, "fulfillment-partner", attemptTimeout);
}
