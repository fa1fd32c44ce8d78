using Commerce.Kernel.Http;
using Commerce.Orders.Data;
using Commerce.Orders.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Orders.Features.Queries;

internal static class OrderQueryEndpoints
{
    public static void Map(RouteGroupBuilder reads)
    {
        reads.MapGet("/{id:guid}", Get).WithName("GetOrder").WithSummary("Get an order with its lines and status history");
        reads.MapGet("/", List)
            .WithSummary("List orders, newest first")
            .WithDescription("Filters: status, channel, customerEmail, placed from (inclusive) and to (exclusive). Paged.");
    }

    public static async Task<OrderView?> Load(OrdersDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var order = await db.Orders.AsNoTracking()
            .Include(o => o.Lines)
            .Include(o => o.History)
            .Include(o => o.Fulfillments).ThenInclude(f => f.Lines)
            .Include(o => o.Routing)
            .Include(o => o.Refunds).ThenInclude(r => r.Lines)
            .AsSplitQuery()
            .SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        return order is null ? null : OrderViews.ToView(order);
    }

    private static async Task<Results<Ok<OrderView>, ProblemHttpResult>> Get(
        Guid id, OrdersDbContext db, CancellationToken cancellationToken) =>
        await Load(db, id, cancellationToken) is { } view ? TypedResults.Ok(view) : Problems.NotFound("Order", id);

    private static async Task<Results<Ok<Page<OrderSummary>>, ValidationProblem>> List(
        OrdersDbContext db, CancellationToken cancellationToken,
        string? status = null, string? channel = null, string? customerEmail = null,
        DateTimeOffset? from = null, DateTimeOffset? to = null, int? page = null, int? pageSize = null)
    {
        var errors = new FieldErrors();
        OrderStatus? statusFilter = null;
        if (status is not null)
        {
            if (Enum.TryParse<OrderStatus>(status, ignoreCase: true, out var parsed) && !int.TryParse(status, out _)) statusFilter = parsed;
            else errors.Add("status", $"must be one of {string.Join(", ", Enum.GetNames<OrderStatus>())}.");
        }

        errors.Check(from is null || to is null || from < to, "to", "must be later than from.");
        Paging.Validate(page, pageSize, errors);
        if (errors.Any) return errors.ToProblem();

        var query = db.Orders.AsNoTracking();
        if (statusFilter is { } s) query = query.Where(o => o.Status == s);
        if (channel is not null) query = query.Where(o => o.Channel == channel);
        if (customerEmail is not null) query = query.Where(o => o.CustomerEmail == customerEmail);
        if (from is { } f) query = query.Where(o => o.PlacedAt >= f);
        if (to is { } t) query = query.Where(o => o.PlacedAt < t);

        var (number, size) = (page ?? 1, pageSize ?? Paging.DefaultPageSize);
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(o => o.PlacedAt).ThenByDescending(o => o.Id)
            .Skip((number - 1) * size).Take(size)
            .Select(o => new OrderSummary(o.Id, o.Channel, o.ExternalId, o.Status.ToString(), o.CustomerEmail, o.Currency,
                o.Total, o.PlacedAt))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<OrderSummary>(items, number, size, total));
    }
}
