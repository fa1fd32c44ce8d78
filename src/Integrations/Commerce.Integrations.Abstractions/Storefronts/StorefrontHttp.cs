using Commerce.Integrations.Abstractions.Carriers;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Integrations.Abstractions.Storefronts;

/// <summary>The HTTP transport every storefront connector uses: one named client per connector with timeouts and retries.</summary>
public static class StorefrontHttp
{
    /// <summary>
    /// Registers a named HttpClient for a connector with the carriers' policy (<see cref="CarrierHttp.AddCarrierHttpClient"/>):
    /// 10 s per attempt, up to 3 retries with backoff honouring Retry-After, never on 4xx; a POST is retried only on 429 and
    /// 503, when the store cannot have acted on it. What still fails is retried later by the caller's outbox.
    /// </summary>
    public static IHttpClientBuilder AddStorefrontHttpClient(this IServiceCollection services, string name, TimeSpan? attemptTimeout = null) =>
        services.AddResilientHttpClient(name, "storefront", attemptTimeout);
}
