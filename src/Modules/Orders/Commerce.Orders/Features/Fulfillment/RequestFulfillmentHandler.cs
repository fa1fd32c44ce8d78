using Commerce.Integrations.Abstractions.Fulfillment;
using Commerce.Orders.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Wolverine;

namespace Commerce.Orders.Features.Fulfillment;

public static class RequestFulfillmentHandler
{
    public const int MaxAttempts = 8;

    /// <summary>
    /// Sends the request — outside any database transaction, as it calls the partner. A partner that is unavailable is
    /// tried again later, with growing pauses, up to <see cref="MaxAttempts"/> times; one that refuses is not. Every
    /// attempt is recorded on the fulfillment.
    /// </summary>
    public static async Task<OutgoingMessages> Handle(
        RequestFulfillment command, FulfillmentPartners partners, TimeProvider clock, ILogger<RequestFulfillment> logger,
        CancellationToken cancellationToken)
    {
        try
        {
            var ack = await partners.SendAsync(command.Partner, command.Request, cancellationToken);
            return [new FulfillmentRequestAttempted(command.OrderId, command.FulfillmentId, command.Attempt, true, ack.PartnerReference, null, false, clock.GetUtcNow())];
        }
        catch (PartnerException e)
        {
            var retry = e.Kind == PartnerErrorKind.Unavailable && command.Attempt < MaxAttempts;
            logger.LogWarning("Fulfillment request {FulfillmentId} to {Partner}, attempt {Attempt}: {Error}{Retry}",
                command.FulfillmentId, command.Partner, command.Attempt, e.Message, retry ? " (will retry)" : "");
            OutgoingMessages messages =
            [
                new FulfillmentRequestAttempted(command.OrderId, command.FulfillmentId, command.Attempt, false, null,
                    $"{e.Kind}: {e.Message}", retry, clock.GetUtcNow()),
            ];
            if (retry) messages.Add((command with { Attempt = command.Attempt + 1 }).DelayedFor(Backoff(command.Attempt)));
            return messages;
        }
    }

    /// <summary>30 s, 1 min, 2 min … capped at an hour: a partner down for the afternoon still gets the request.</summary>
    public static TimeSpan Backoff(int attempt) => TimeSpan.FromSeconds(Math.Min(3600, 30 * Math.Pow(2, attempt - 1)));
}

public static class FulfillmentRequestAttemptedHandler
{
    public static async Task Handle(FulfillmentRequestAttempted attempt, OrdersDbContext db, CancellationToken cancellationToken)
    {
        var fulfillment = await db.Fulfillments.SingleOrDefaultAsync(f => f.Id == attempt.FulfillmentId, cancellationToken);
        if (fulfillment is null || attempt.Attempt < fulfillment.RequestAttempts) return;
        fulfillment.RequestAttempts = attempt.Attempt;
        fulfillment.LastError = attempt.Error is null ? null : attempt.WillRetry ? attempt.Error : $"{attempt.Error} (gave up after attempt {attempt.Attempt})";
        if (attempt.Sent) fulfillment.PartnerReference = attempt.PartnerReference ?? fulfillment.PartnerReference;
    }
}
