using Commerce.Integrations.Abstractions;
using Commerce.Integrations.Abstractions.Fulfillment;
using Commerce.Kernel.Http;
using Commerce.Orders.Data;
using Commerce.Orders.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Wolverine;

namespace Commerce.Orders.Features.Fulfillment;

public sealed record ShipmentConfirmationRequest(
    string? ConfirmationId, string? Carrier, string? TrackingNumber, string? TrackingUrl, DateTimeOffset? ShippedAt);

public sealed record ShipmentConfirmed(Guid FulfillmentId, string Outcome);

public sealed record FulfillmentResent(Guid FulfillmentId, int Attempt);

internal static class FulfillmentEndpoints
{
    public static void Map(RouteGroupBuilder writes, IEndpointRouteBuilder endpoints)
    {
        writes.MapPost("/fulfillments/{id:guid}/shipment", Confirm)
            .WithSummary("Confirm a 3PL's or supplier's shipment")
            .WithDescription(
                "For partners that report by API (a supplier that got its purchase order by email): the carrier and " +
                "tracking number of the fulfillment they shipped. A repeat with the same confirmationId changes nothing.");
        writes.MapPost("/fulfillments/{id:guid}/resend", Resend)
            .WithSummary("Send a partner's fulfillment request again")
            .WithDescription("For a request the partner refused or that gave up retrying; the partner sees the same request id.");
        endpoints.MapPost("/webhooks/fulfillment/{partner}", Webhook)
            .AllowAnonymous()
            .WithTags("Orders")
            .WithSummary("Shipment confirmations from a 3PL or supplier")
            .WithDescription(
                "Signed by the partner over the raw body (docs/fulfillment-partner-api.md); a missing or wrong signature is " +
                "a 401 and nothing changes. A repeated confirmation is acknowledged and ignored.")
            .DisableAntiforgery();
    }

    private static async Task<Results<Ok<ShipmentConfirmed>, ValidationProblem, ProblemHttpResult>> Confirm(
        Guid id, ShipmentConfirmationRequest request, IMessageBus bus, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        errors.Required(request.Carrier, "carrier", 100);
        errors.Required(request.TrackingNumber, "trackingNumber", 100);
        errors.Optional(request.TrackingUrl, "trackingUrl", 500);
        errors.Optional(request.ConfirmationId, "confirmationId", 200);
        errors.Check(request.TrackingUrl is null || Uri.TryCreate(request.TrackingUrl, UriKind.Absolute, out _), "trackingUrl", "must be an absolute URL.");
        errors.Check(request.ShippedAt is null || request.ShippedAt <= clock.GetUtcNow().AddDays(1), "shippedAt", "cannot be in the future.");
        if (errors.Any) return errors.ToProblem();

        var command = new ConfirmPartnerShipment(id, null, request.ConfirmationId?.Trim() ?? $"api:{request.TrackingNumber!.Trim()}",
            request.Carrier!.Trim(), request.TrackingNumber!.Trim(), request.TrackingUrl?.Trim(), request.ShippedAt ?? clock.GetUtcNow());
        return ToResult(id, await bus.InvokeAsync<ConfirmShipmentOutcome>(command, cancellationToken));
    }

    private static async Task<Results<Ok<ShipmentConfirmed>, ValidationProblem, ProblemHttpResult>> Webhook(
        string partner, HttpRequest request, FulfillmentPartners partners, IMessageBus bus, CancellationToken cancellationToken)
    {
        if (partners.Find(partner) is not var (account, adapter)) return Problems.NotFound("Fulfillment partner", partner);
        var delivery = await WebhookDelivery.ReadAsync(request, cancellationToken);
        if (!adapter.VerifyWebhook(account, delivery))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Bad signature.",
                detail: "The confirmation's signature does not match this partner's secret.");
        }

        PartnerShipmentConfirmation confirmation;
        try
        {
            confirmation = adapter.ParseShipmentConfirmation(delivery);
        }
        catch (PartnerException e)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unreadable confirmation.", detail: e.Message);
        }

        var errors = new FieldErrors();
        errors.Required(confirmation.ConfirmationId, "confirmationId");
        errors.Required(confirmation.Carrier, "carrier", 100);
        errors.Required(confirmation.TrackingNumber, "trackingNumber", 100);
        errors.Optional(confirmation.TrackingUrl, "trackingUrl", 500);
        if (errors.Any) return errors.ToProblem("The confirmation is not valid.");
        if (!Guid.TryParse(confirmation.RequestId, out var fulfillmentId))
            return Problems.NotFound("Fulfillment request", confirmation.RequestId);
        var command = new ConfirmPartnerShipment(fulfillmentId, partner, confirmation.ConfirmationId, confirmation.Carrier,
            confirmation.TrackingNumber, confirmation.TrackingUrl, confirmation.ShippedAt);
        return ToResult(fulfillmentId, await bus.InvokeAsync<ConfirmShipmentOutcome>(command, cancellationToken));
    }

    private static Results<Ok<ShipmentConfirmed>, ValidationProblem, ProblemHttpResult> ToResult(Guid id, ConfirmShipmentOutcome outcome) =>
        outcome switch
        {
            ConfirmShipmentOutcome.Confirmed or ConfirmShipmentOutcome.AlreadyConfirmed => TypedResults.Ok(new ShipmentConfirmed(id, outcome.ToString())),
            ConfirmShipmentOutcome.NotFound => Problems.NotFound("Fulfillment", id),
            ConfirmShipmentOutcome.NotAPartnerFulfillment => Problems.Conflict("Shipped by our warehouse.",
                "This part ships from our own warehouse; its shipment is recorded when its labels are bought."),
            _ => Problems.Conflict("Not awaiting a shipment.",
                "The fulfillment has not been requested from the partner, was cancelled, or was confirmed shipped already."),
        };

    private static async Task<Results<Accepted<FulfillmentResent>, ProblemHttpResult>> Resend(
        Guid id, OrdersDbContext db, IMessageBus bus, TimeProvider clock, CancellationToken cancellationToken)
    {
        var fulfillment = await db.Fulfillments.AsNoTracking().Include(f => f.Lines).SingleOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (fulfillment is null) return Problems.NotFound("Fulfillment", id);
        if (fulfillment.Status != FulfillmentStatus.Requested || fulfillment.Partner is null)
            return Problems.Conflict("Nothing to resend.", "Only a partner's fulfillment that is requested and not yet shipped can be sent again.");
        var order = await db.Orders.AsNoTracking().SingleAsync(o => o.Id == fulfillment.OrderId, cancellationToken);
        var attempt = fulfillment.RequestAttempts + 1;
        await bus.PublishAsync(new RequestFulfillment(order.Id, fulfillment.Id, fulfillment.Partner,
            PartnerRequests.ToRequest(order, fulfillment, clock.GetUtcNow()), attempt));
        return TypedResults.Accepted($"/api/orders/{order.Id}", new FulfillmentResent(fulfillment.Id, attempt));
    }
}
