using Commerce.Kernel.Http;
using Commerce.Orders.Data;
using Commerce.Orders.Features.Queries;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Wolverine;

namespace Commerce.Orders.Features.Holds;

internal static class HoldEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/release-hold", Release)
            .WithSummary("Release an order on hold")
            .WithDescription(
                "For an order held for review (its store changed its lines after it was placed; see holdReason): once a person has " +
                "looked at it, it goes on to be picked and shipped as placed. For an order held for SKUs the catalogue did not know: " +
                "once they are added, Inventory looks them up again and reserves; that hold clears when every SKU is known (check " +
                "the order's status). 409 when the order is not on hold.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Results<Accepted<OrderView>, ProblemHttpResult>> Release(
        Guid id, IMessageBus bus, OrdersDbContext db, CancellationToken cancellationToken)
    {
        var outcome = await bus.InvokeAsync<ReleaseHoldOutcome>(new ReleaseHold(id), cancellationToken);
        if (outcome == ReleaseHoldOutcome.NotFound) return Problems.NotFound("Order", id);
        var order = (await OrderQueryEndpoints.Load(db, id, cancellationToken))!;
        if (outcome == ReleaseHoldOutcome.NotOnHold) return Problems.Conflict("The order is not on hold.", $"The order is {order.Status}.");
        return TypedResults.Accepted($"/api/orders/{id}", order);
    }
}
