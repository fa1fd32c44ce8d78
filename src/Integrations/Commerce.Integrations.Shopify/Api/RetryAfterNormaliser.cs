using System.Globalization;
using System.Net.Http.Headers;

namespace Commerce.Integrations.Shopify.Api;

/// <summary>
/// Shopify answers a throttled REST call with <c>429</c> and <c>Retry-After: 2.0</c>: seconds, possibly fractional. HTTP
/// allows only whole seconds (or a date), so the retry policy would not read it and would retry too early, into another
/// 429. This handler, inside the retry handler, rounds the value up to whole seconds before the policy sees it.
/// </summary>
internal sealed class RetryAfterNormaliser : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (response.Headers.RetryAfter is null
            && response.Headers.TryGetValues("Retry-After", out var values)
            && WholeSeconds(values.FirstOrDefault()) is { } seconds)
        {
            response.Headers.Remove("Retry-After");
            response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(seconds));
        }

        return response;
    }

    internal static int? WholeSeconds(string? value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds is >= 0 and <= 3600
            ? (int)Math.Ceiling(seconds)
            : null;
}
