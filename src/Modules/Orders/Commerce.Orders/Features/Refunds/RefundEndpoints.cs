using Commerce.Kernel.Http;
using Commerce.Orders.Contracts;
using Commerce.Orders.Data;
using Commerce.Orders.Features.Queries;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Wolverine;

namespace Commerce.Orders.Features.Refunds;

/// <summary><see cref="Lines"/>: which units the money is for; none for a refund of money alone.</summary>
public sealed record RefundOrderRequest(decimal? Amount, string? Reason, IReadOnlyList<RefundLineBody?>? Lines);

public sealed record RefundLineBody(int? LineNumber, int? Quantity);

internal static class RefundEndpoints
{
    public const string KeyHeader = "Idempotency-Key";
    private const int MaxLines = 1000;

    public static void Map(RouteGroupBuilder writes)
    {
        writes.MapPost("/{id:guid}/refunds", Refund)
            .WithSummary("Refund an order")
            .WithDescription(
                "Gives money back on an order: at most what it came to, less what was refunded already (here or in the store), and for " +
                "each line named, at most its units not refunded yet. Lines are optional (a goodwill refund names none); a refund does " +
                "not move stock. An order from a store is refunded in the store too, in the background (see /api/storefronts/refund-pushes): " +
                "the store holds the payment. Send an Idempotency-Key header to make a retry safe: the same key answers 200 with the " +
                "refund made the first time, and 409 when the request differs.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Results<Created<OrderRefundView>, Ok<OrderRefundView>, ValidationProblem, ProblemHttpResult>> Refund(
        Guid id, RefundOrderRequest request, IMessageBus bus, OrdersDbContext db, CancellationToken cancellationToken,
        [FromHeader(Name = KeyHeader)] string? idempotencyKey = null)
    {
        var errors = Validate(request, idempotencyKey);
        if (errors.Any) return errors.ToProblem();

        var lines = (request.Lines ?? []).Select(l => new RefundLineRequest(l!.LineNumber!.Value, l.Quantity!.Value)).ToList();
        var answer = await bus.InvokeAsync<RefundOrderAnswer>(
            new RefundOrder(id, request.Amount!.Value, string.IsNullOrWhiteSpace(request.Reason) ? null : request.Reason.Trim(), lines,
                idempotencyKey?.Trim()), cancellationToken);
        switch (answer.Outcome)
        {
            case RefundOrderOutcome.NotFound:
                return Problems.NotFound("Order", id);
            case RefundOrderOutcome.Rejected:
                foreach (var problem in answer.Problems) errors.Add(problem.Field, problem.Message);
                return errors.ToProblem("The refund is not allowed.");
            case RefundOrderOutcome.KeyReused:
                return Problems.Conflict($"The {KeyHeader} was used for another refund.",
                    $"Refund {answer.RefundId} was made with this key, for a different amount, reason or lines. Use a new key for a new refund.");
        }

        var view = await LoadAsync(db, answer.RefundId!.Value, cancellationToken);
        return answer.Outcome == RefundOrderOutcome.Refunded ? TypedResults.Created($"/api/orders/{id}", view) : TypedResults.Ok(view);
    }

    private static FieldErrors Validate(RefundOrderRequest request, string? idempotencyKey)
    {
        var errors = new FieldErrors();
        if (request.Amount is not { } amount) errors.Add("amount", "is required.");
        else
        {
            errors.Check(amount > 0, "amount", "must be more than 0.");
            errors.Check(amount <= 1_000_000_000m, "amount", "must be at most 1,000,000,000.");
            errors.Check(decimal.Round(amount, 2) == amount, "amount", "must have at most 2 decimal places.");
        }

        errors.Optional(request.Reason, "reason", 500);
        if (idempotencyKey is not null)
        {
            errors.Check(!string.IsNullOrWhiteSpace(idempotencyKey) && idempotencyKey.Trim().Length <= 100 && !idempotencyKey.Any(char.IsControl),
                KeyHeader, "must be 1 to 100 printable characters.");
        }

        var lines = request.Lines ?? [];
        if (!errors.Check(lines.Count <= MaxLines, "lines", $"must have at most {MaxLines} lines.")) return errors;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i] is not { } line)
            {
                errors.Add($"lines[{i}]", "is required.");
                continue;
            }

            if (line.LineNumber is not { } number) errors.Add($"lines[{i}].lineNumber", "is required.");
            else errors.Check(number >= 1, $"lines[{i}].lineNumber", "must be 1 or more.");
            if (line.Quantity is not { } quantity) errors.Add($"lines[{i}].quantity", "is required.");
            else errors.Check(quantity >= 1, $"lines[{i}].quantity", "must be more than 0.");
        }

        return errors;
    }

    private static async Task<OrderRefundView> LoadAsync(OrdersDbContext db, Guid refundId, CancellationToken cancellationToken) =>
        OrderViews.ToView(await db.Refunds.AsNoTracking().Include(r => r.Lines).SingleAsync(r => r.Id == refundId, cancellationToken));
}
