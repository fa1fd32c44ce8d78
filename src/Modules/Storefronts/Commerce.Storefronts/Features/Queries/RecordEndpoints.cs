using System.Linq.Expressions;
using System.Text.Json;
using Commerce.Kernel.Http;
using Commerce.Storefronts.Data;
using Commerce.Storefronts.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Storefronts.Features.Queries;

/// <summary>
/// What the module keeps: store orders with their line mapping, refunds, fulfillments, cancellations and refunds told, and every
/// push attempt.
/// </summary>
internal static class RecordEndpoints
{
    public static void Map(RouteGroupBuilder reads)
    {
        reads.MapGet("/orders", Orders)
            .WithSummary("Store orders as last applied, newest first")
            .WithDescription("The newest store update applied per order, whether it was placed and cancelled here, and how its lines map " +
                             "to ours. Filters: store, externalId. Paged.");
        reads.MapGet("/refunds", Refunds).WithSummary("Refunds the stores made, newest first").WithDescription("Filters: store, externalOrderId. Paged.");
        reads.MapGet("/fulfillments", Fulfillments)
            .WithSummary("Shipments told (or being told) to the stores, newest first")
            .WithDescription("Filters: store, status (Pending, Pushed, Failed), externalOrderId. Paged.");
        reads.MapGet("/cancellations", Cancellations)
            .WithSummary("Orders cancelled here that the stores are (being) told to cancel, newest first")
            .WithDescription("One per store order cancelled through our API (a cancellation that came from the store is not sent back). " +
                             "Filters: store, status (Pending, Pushed, Failed), externalOrderId. Paged.");
        reads.MapGet("/refund-pushes", RefundPushes)
            .WithSummary("Refunds decided here that the stores are (being) told to make, newest first")
            .WithDescription("One per refund made through our API on a store order (a refund the store made itself is under /refunds). " +
                             "Filters: store, status (Pending, Pushed, Failed), externalOrderId. Paged.");
        reads.MapGet("/push-attempts", PushAttempts)
            .WithSummary("Every call made to tell a store something, newest first")
            .WithDescription("Filters: store, operation (Fulfillment, Stock, Cancellation, Refund), key (a shipment id, a stock batch id, " +
                             "our order id, our refund id), outcome (Succeeded, WillRetry, Failed). Paged.");
    }

    private static async Task<Results<Ok<Page<StoreOrderView>>, ValidationProblem>> Orders(
        StorefrontsDbContext db, CancellationToken cancellationToken, string? store = null, string? externalId = null, int? page = null,
        int? pageSize = null)
    {
        var errors = new FieldErrors();
        if (!Paging.Validate(page, pageSize, errors)) return errors.ToProblem();
        var query = db.StoreOrders.AsNoTracking();
        if (store is not null) query = query.Where(o => o.StoreId == store);
        if (externalId is not null) query = query.Where(o => o.ExternalId == externalId);
        var (number, size) = (page ?? 1, pageSize ?? Paging.DefaultPageSize);
        var total = await query.CountAsync(cancellationToken);
        var items = await query.Include(o => o.Lines).OrderByDescending(o => o.FirstSeenAt).ThenByDescending(o => o.Id)
            .Skip((number - 1) * size).Take(size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<StoreOrderView>(items.Select(o => new StoreOrderView(o.StoreId, o.ExternalId, o.Number, o.StoreStatus,
            o.StoreUpdatedAt, o.Placed, o.Cancelled, o.FirstSeenAt, o.LastAppliedAt, o.LastSource,
            o.Lines.OrderBy(l => l.LineNumber).Select(l => new StoreOrderLineView(l.LineNumber, l.ExternalLineId, l.Sku, l.Title, l.Quantity)).ToList(),
            o.LineChanges)).ToList(),
            number, size, total));
    }

    private static async Task<Results<Ok<Page<RefundView>>, ValidationProblem>> Refunds(
        StorefrontsDbContext db, CancellationToken cancellationToken, string? store = null, string? externalOrderId = null, int? page = null,
        int? pageSize = null)
    {
        var errors = new FieldErrors();
        if (!Paging.Validate(page, pageSize, errors)) return errors.ToProblem();
        var query = db.Refunds.AsNoTracking();
        if (store is not null) query = query.Where(r => r.StoreId == store);
        if (externalOrderId is not null) query = query.Where(r => r.ExternalOrderId == externalOrderId);
        var (number, size) = (page ?? 1, pageSize ?? Paging.DefaultPageSize);
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(r => r.ReceivedAt).ThenByDescending(r => r.Id).Skip((number - 1) * size).Take(size)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<RefundView>(items.Select(r => new RefundView(r.Id, r.StoreId, r.ExternalOrderId, r.RefundId, r.Amount,
            r.Currency, r.Reason, r.At, r.ReceivedAt, r.DeliveryId, JsonSerializer.Deserialize<JsonElement>(r.Lines))).ToList(), number, size, total));
    }

    private static Task<Results<Ok<Page<FulfillmentPushView>>, ValidationProblem>> Fulfillments(
        StorefrontsDbContext db, CancellationToken cancellationToken, string? store = null, string? status = null, string? externalOrderId = null,
        int? page = null, int? pageSize = null) =>
        Pushes(db.FulfillmentPushes, store, status, externalOrderId, page, pageSize,
            f => new FulfillmentPushView(f.ShipmentId, f.StoreId, f.ExternalOrderId, f.TrackingNumbers, f.Status.ToString(), f.Attempts,
                f.LastError, f.CreatedAt, f.FinishedAt), cancellationToken);

    private static Task<Results<Ok<Page<CancellationPushView>>, ValidationProblem>> Cancellations(
        StorefrontsDbContext db, CancellationToken cancellationToken, string? store = null, string? status = null, string? externalOrderId = null,
        int? page = null, int? pageSize = null) =>
        Pushes(db.CancellationPushes, store, status, externalOrderId, page, pageSize,
            c => new CancellationPushView(c.OrderId, c.StoreId, c.ExternalOrderId, c.Reason, c.Status.ToString(), c.Attempts, c.LastError,
                c.CreatedAt, c.FinishedAt), cancellationToken);

    private static Task<Results<Ok<Page<RefundPushView>>, ValidationProblem>> RefundPushes(
        StorefrontsDbContext db, CancellationToken cancellationToken, string? store = null, string? status = null, string? externalOrderId = null,
        int? page = null, int? pageSize = null) =>
        Pushes(db.RefundPushes, store, status, externalOrderId, page, pageSize,
            r => new RefundPushView(r.RefundId, r.OrderId, r.StoreId, r.ExternalOrderId, r.Amount, r.Currency, r.Reason, r.Status.ToString(),
                r.Attempts, r.LastError, r.CreatedAt, r.FinishedAt), cancellationToken);

    /// <summary>Pushes of one kind, newest first, by store, status and store order; paged.</summary>
    private static async Task<Results<Ok<Page<TView>>, ValidationProblem>> Pushes<TRecord, TView>(
        IQueryable<TRecord> records, string? store, string? status, string? externalOrderId, int? page, int? pageSize,
        Expression<Func<TRecord, TView>> view, CancellationToken cancellationToken) where TRecord : PushRecord
    {
        var errors = new FieldErrors();
        var statusFilter = ParseEnum<PushStatus>(status, "status", errors);
        Paging.Validate(page, pageSize, errors);
        if (errors.Any) return errors.ToProblem();
        var query = records.AsNoTracking();
        if (store is not null) query = query.Where(r => r.StoreId == store);
        if (statusFilter is { } s) query = query.Where(r => r.Status == s);
        if (externalOrderId is not null) query = query.Where(r => r.ExternalOrderId == externalOrderId);
        var (number, size) = (page ?? 1, pageSize ?? Paging.DefaultPageSize);
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id).Skip((number - 1) * size).Take(size)
            .Select(view).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<TView>(items, number, size, total));
    }

    private static async Task<Results<Ok<Page<PushAttemptView>>, ValidationProblem>> PushAttempts(
        StorefrontsDbContext db, CancellationToken cancellationToken, string? store = null, string? operation = null, string? key = null,
        string? outcome = null, int? page = null, int? pageSize = null)
    {
        var errors = new FieldErrors();
        var operationFilter = ParseEnum<PushOperation>(operation, "operation", errors);
        var outcomeFilter = ParseEnum<PushAttemptOutcome>(outcome, "outcome", errors);
        Paging.Validate(page, pageSize, errors);
        if (errors.Any) return errors.ToProblem();
        var query = db.PushAttempts.AsNoTracking();
        if (store is not null) query = query.Where(a => a.StoreId == store);
        if (operationFilter is { } op) query = query.Where(a => a.Operation == op);
        if (key is not null) query = query.Where(a => a.Key == key);
        if (outcomeFilter is { } o) query = query.Where(a => a.Outcome == o);
        var (number, size) = (page ?? 1, pageSize ?? Paging.DefaultPageSize);
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(a => a.At).ThenByDescending(a => a.Id).Skip((number - 1) * size).Take(size)
            .Select(a => new PushAttemptView(a.Id, a.StoreId, a.Operation.ToString(), a.Key, a.Attempt, a.At, a.Outcome.ToString(), a.StatusCode,
                a.Error, a.Detail))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<PushAttemptView>(items, number, size, total));
    }

    private static T? ParseEnum<T>(string? value, string field, FieldErrors errors) where T : struct, Enum
    {
        if (value is null) return null;
        if (Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && !int.TryParse(value, out _)) return parsed;
        errors.Add(field, $"must be one of {string.Join(", ", Enum.GetNames<T>())}.");
        return null;
    }
}
