using Commerce.Inventory.Contracts;
using Commerce.Kernel.Auditing;
using Commerce.Kernel.Http;
using Commerce.Orders.Contracts;
using Commerce.Orders.Data;
using Commerce.Orders.Features.Queries;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;

namespace Commerce.Orders.Features.PlaceOrder;

internal static class PlaceOrderEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/", Place)
            .WithSummary("Place an order")
            .WithDescription(
                "Records an order from a channel and reserves its stock. Idempotent on (channel, externalId): the same " +
                "order posted again, even concurrently, yields one order; the repeat answers 200 with it.");

    private static async Task<Results<Created<OrderView>, Ok<OrderView>, ValidationProblem>> Place(
        Contracts.PlaceOrder request, IMessageBus bus, OrderIntake intake, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = PlaceOrderValidator.Validate(request);
        if (errors.Any) return errors.ToProblem();

        var unknown = await bus.InvokeAsync<UnknownSkus>(
            new FindUnknownSkus(request.Lines.Select(l => l.Sku.Trim()).Distinct().ToList()), cancellationToken);
        if (unknown.Skus.Count > 0)
        {
            for (var i = 0; i < request.Lines.Count; i++)
            {
                if (unknown.Skus.Contains(request.Lines[i].Sku.Trim()))
                    errors.Add($"lines[{i}].sku", $"There is no SKU '{request.Lines[i].Sku}'.");
            }

            return errors.ToProblem();
        }

        var accepted = await intake.PlaceAsync(request, Actor.Current);
        // A new order is answered from what was saved; only a repeat is read back (and needs a DbContext).
        var view = accepted is PlacedOrder placed
            ? placed.View
            : (await OrderQueryEndpoints.Load(http.RequestServices.GetRequiredService<OrdersDbContext>(), accepted.OrderId, cancellationToken))!;
        return accepted.Created
            ? TypedResults.Created($"/api/orders/{view.Id}", view)
            : TypedResults.Ok(view);
    }
}
