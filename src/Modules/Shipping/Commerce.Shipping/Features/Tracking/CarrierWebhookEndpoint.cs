using Commerce.Integrations.Abstractions;
using Commerce.Integrations.Abstractions.Carriers;
using Commerce.Kernel.Http;
using Commerce.Kernel.Persistence;
using Commerce.Shipping.Carriers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Wolverine;

namespace Commerce.Shipping.Features.Tracking;

internal static class CarrierWebhookEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/webhooks/carriers/{accountId}", Receive)
            .AllowAnonymous()
            .WithTags("Shipping")
            .WithSummary("Tracking webhooks from a carrier account")
            .WithDescription(
                "The carrier signs the raw body (EasyPost: X-Hmac-Signature); a missing or wrong signature is a 401 and " +
                "nothing is stored. A repeated event is acknowledged and ignored; events out of order never move a package back.")
            .DisableAntiforgery();

    private static async Task<Results<Ok<TrackingOutcome>, ProblemHttpResult>> Receive(
        string accountId, HttpRequest request, CarrierRegistry registry, IMessageBus bus, CancellationToken cancellationToken)
    {
        var connection = registry.Find(accountId);
        if (connection is null || !connection.Can(CarrierCapabilities.TrackingWebhooks))
            return Problems.NotFound("Carrier account with webhooks", accountId);

        var delivery = await WebhookDelivery.ReadAsync(request, cancellationToken);
        if (!connection.Adapter.VerifyWebhook(connection.Account, delivery))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Bad signature.",
                detail: "The webhook's signature does not match this account's secret.");
        }

        TrackingWebhook webhook;
        try
        {
            webhook = connection.Adapter.ParseWebhook(delivery);
        }
        catch (CarrierException e)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unreadable webhook.", detail: e.Message);
        }

        var command = new ApplyTracking($"webhook:{accountId}", accountId, webhook.EventId, webhook.Updates, [accountId]);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return TypedResults.Ok(await bus.InvokeAsync<TrackingOutcome>(command, CancellationToken.None));
            }
            catch (DbUpdateException e) when (DbErrors.IsUniqueViolation(e) || e is DbUpdateConcurrencyException)
            {
                // Another delivery (this event again, or another event of the same shipment) committed first: run again
                // on fresh data, where a repeat of this event is recognised by its receipt. Only then is it a duplicate.
                if (attempt == 3)
                {
                    return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Busy.",
                        detail: "The event could not be recorded now; deliver it again.");
                }
            }
        }
    }
}
