using System.Text;
using System.Text.Json;
using Commerce.Kernel.Http;
using Commerce.Storefronts.Data;
using Commerce.Storefronts.Domain;
using Commerce.Storefronts.Features.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Wolverine;

namespace Commerce.Storefronts.Features.Queries;

internal static class DeliveryEndpoints
{
    public static void Map(RouteGroupBuilder writes, RouteGroupBuilder reads)
    {
        reads.MapGet("/deliveries", List)
            .WithSummary("Webhook deliveries, newest first")
            .WithDescription("Filters: store, status (Pending, Processed, Ignored, Failed), topic, externalOrderId. Paged.");
        reads.MapGet("/deliveries/{id:guid}", Get).WithSummary("One delivery: its outcome or failure reason, headers and body");
        writes.MapPost("/deliveries/{id:guid}/retry", Retry)
            .WithSummary("Process a failed delivery again")
            .WithDescription("For a delivery that failed (say, a store setting was fixed since): it is pending again and processed in the " +
                             "background. Only a Failed delivery can be retried: 409 otherwise.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Results<Ok<Page<DeliverySummary>>, ValidationProblem>> List(
        StorefrontsDbContext db, CancellationToken cancellationToken, string? store = null, string? status = null, string? topic = null,
        string? externalOrderId = null, int? page = null, int? pageSize = null)
    {
        var errors = new FieldErrors();
        DeliveryStatus? statusFilter = null;
        if (status is not null)
        {
            if (Enum.TryParse<DeliveryStatus>(status, ignoreCase: true, out var parsed) && !int.TryParse(status, out _)) statusFilter = parsed;
            else errors.Add("status", $"must be one of {string.Join(", ", Enum.GetNames<DeliveryStatus>())}.");
        }

        Paging.Validate(page, pageSize, errors);
        if (errors.Any) return errors.ToProblem();

        var query = db.Deliveries.AsNoTracking();
        if (store is not null) query = query.Where(d => d.StoreId == store);
        if (statusFilter is { } s) query = query.Where(d => d.Status == s);
        if (topic is not null) query = query.Where(d => d.Topic == topic);
        if (externalOrderId is not null) query = query.Where(d => d.ExternalOrderId == externalOrderId);
        var (number, size) = (page ?? 1, pageSize ?? Paging.DefaultPageSize);
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(d => d.ReceivedAt).ThenByDescending(d => d.Id)
            .Skip((number - 1) * size).Take(size)
            .Select(d => new DeliverySummary(d.Id, d.StoreId, d.Connector, d.Topic, d.DeliveryId, d.EventId, d.TriggeredAt, d.ReceivedAt,
                d.Status.ToString(), d.Attempts, d.ProcessedAt, d.ExternalOrderId, d.Outcome, d.FailureReason, d.Body.Length))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<DeliverySummary>(items, number, size, total));
    }

    private static async Task<Results<Ok<DeliveryView>, ProblemHttpResult>> Get(Guid id, StorefrontsDbContext db, CancellationToken cancellationToken)
    {
        var delivery = await db.Deliveries.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        return delivery is null ? Problems.NotFound("Delivery", id) : TypedResults.Ok(ToView(delivery));
    }

    private static async Task<Results<Ok<DeliveryView>, ProblemHttpResult>> Retry(
        Guid id, StorefrontsDbContext db, InboxSignal inboxSignal, IMessageBus bus, CancellationToken cancellationToken)
    {
        var delivery = await db.Deliveries.SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (delivery is null) return Problems.NotFound("Delivery", id);
        if (!delivery.Retry())
            return Problems.Conflict("Only a failed delivery can be retried.", $"Delivery {id} is {delivery.Status}.");
        await db.SaveChangesAsync(CancellationToken.None);
        await inboxSignal.PokeAsync(bus);
        return TypedResults.Ok(ToView(delivery));
    }

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static DeliveryView ToView(InboxDelivery d)
    {
        string body, encoding;
        try
        {
            (body, encoding) = (StrictUtf8.GetString(d.Body), "utf-8");
        }
        catch (DecoderFallbackException)
        {
            (body, encoding) = (Convert.ToBase64String(d.Body), "base64");
        }

        return new DeliveryView(
            new DeliverySummary(d.Id, d.StoreId, d.Connector, d.Topic, d.DeliveryId, d.EventId, d.TriggeredAt, d.ReceivedAt, d.Status.ToString(),
                d.Attempts, d.ProcessedAt, d.ExternalOrderId, d.Outcome, d.FailureReason, d.Body.Length),
            JsonSerializer.Deserialize<Dictionary<string, string>>(d.Headers) ?? [], body, encoding);
    }
}
