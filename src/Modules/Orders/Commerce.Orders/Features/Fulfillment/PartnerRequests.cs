using Commerce.Integrations.Abstractions.Fulfillment;
using Commerce.Orders.Domain;
using Commerce.Orders.Domain.Routing;

namespace Commerce.Orders.Features.Fulfillment;

/// <summary>Send a fulfillment request to a partner: a 3PL's, or a supplier's purchase order. Attempts count from 1.</summary>
public sealed record RequestFulfillment(Guid OrderId, Guid FulfillmentId, string Partner, FulfillmentRequest Request, int Attempt);

/// <summary>How one attempt to send a request went: sent (with the partner's reference), or failed and why.</summary>
public sealed record FulfillmentRequestAttempted(
    Guid OrderId, Guid FulfillmentId, int Attempt, bool Sent, string? PartnerReference, string? Error, bool WillRetry, DateTimeOffset At);

internal static class PartnerRequests
{
    /// <summary>
    /// The requests an order's partner fulfillments are ready for (supplier parts at once, 3PL parts when every line they
    /// carry is reserved). Each fulfillment is marked requested here, in the same transaction, so it is requested once.
    /// </summary>
    public static List<RequestFulfillment> Due(Order order, DateTimeOffset now)
    {
        var due = new List<RequestFulfillment>();
        foreach (var fulfillment in order.ReadyForPartner().ToList())
        {
            order.MarkRequested(fulfillment.Id, null, now);
            due.Add(new RequestFulfillment(order.Id, fulfillment.Id, fulfillment.Partner!, ToRequest(order, fulfillment, now), Attempt: 1));
        }

        return due;
    }

    public static FulfillmentRequest ToRequest(Order order, Domain.Fulfillment fulfillment, DateTimeOffset now) =>
        new(fulfillment.Id.ToString(),
            fulfillment.Kind == SourceKind.Dropship ? FulfillmentRequestKind.DropshipPurchaseOrder : FulfillmentRequestKind.ThirdPartyFulfillment,
            order.Id, $"{order.Channel}/{order.ExternalId}", now, order.ServiceLevel.ToString().ToLowerInvariant(),
            new PartnerAddress(order.ShipToName, order.ShipToLine1, order.ShipToLine2, order.ShipToCity, order.ShipToRegion,
                order.ShipToPostalCode, order.ShipToCountryCode),
            order.CustomerEmail, order.CustomerPhone, order.Currency,
            fulfillment.Lines.OrderBy(l => l.LineNumber)
                .Select(l => new FulfillmentRequestLine(l.LineNumber, l.Sku, null, l.Quantity, l.UnitCost)).ToList());
}
