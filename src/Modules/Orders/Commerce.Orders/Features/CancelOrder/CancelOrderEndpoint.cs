using Commerce.Kernel.Http;
using Commerce.Orders.Contracts;
using Commerce.Orders.Data;
using Commerce.Orders.Features.Queries;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Wolverine;

namespace Commerce.Orders.Features.CancelOrder;

public sealed record CancelOrderRequest(string? Reason);

internal static class CancelOrderEndpoint
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/cancel", Cancel)
            .WithSummary("Cancel an order")
            .WithDescription("Cancels the order and releases its reserved stock. An order from a store is cancelled in the store too, in the " +
                             "background (see /api/storefronts/cancellations). Cancelling a cancelled order changes nothing.");
    }

    private static async Task<Results<Ok<OrderView>, ValidationProblem, ProblemHttpResult>> Cancel(
        Guid id, IMessageBus bus, OrdersDbContext db, CancellationToken cancellationToken, CancelOrderRequest? request = null)
    {
        var errors = new FieldErrors();
        errors.Optional(request?.Reason, "reason", 500);
        if (errors.Any) return errors.ToProblem();

        var outcome = await bus.InvokeAsync<CancelOrderOutcome>(
            new Contracts.CancelOrder(id, request?.Reason?.Trim()), cancellationToken);
        if (outcome == CancelOrderOutcome.NotFound) return Problems.NotFound("Order", id);
        if (outcome == CancelOrderOutcome.AlreadyShipped)
            return Problems.Conflict("The order has shipped.", "A carrier has the order; it can no longer be cancelled. Start a return instead.");
        if (outcome == CancelOrderOutcome.WithPartner)
            return Problems.Conflict("A partner is shipping part of the order.",
                "A 3PL or supplier has been asked to ship part of this order (see its fulfillments): have them cancel it, then cancel here.");
        return TypedResults.Ok((await OrderQueryEndpoints.Load(db, id, cancellationToken))!);
    }
}
