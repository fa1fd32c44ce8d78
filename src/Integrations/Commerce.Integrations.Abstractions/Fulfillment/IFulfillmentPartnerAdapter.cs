namespace Commerce.Integrations.Abstractions.Fulfillment;

/// <summary>
/// A way of handing fulfillment requests to partners: our documented JSON over HTTP (3PL bridges, suppliers with an API)
/// or a purchase order by email (suppliers without one). Sending is idempotent on the request id. Failures are
/// <see cref="PartnerException"/>s; an Unavailable one is retried later by the caller.
/// </summary>
public interface IFulfillmentPartnerAdapter
{
    PluginMetadata Metadata { get; }

    Task<PartnerAcknowledgement> SendAsync(PartnerAccount partner, FulfillmentRequest request, CancellationToken cancellationToken);

    /// <summary>Checks a shipment-confirmation webhook's signature over the raw body, in constant time.</summary>
    bool VerifyWebhook(PartnerAccount partner, WebhookDelivery delivery) => false;

    /// <summary>Reads a verified confirmation; a body it cannot read is a <see cref="PartnerErrorKind.Malformed"/> error.</summary>
    PartnerShipmentConfirmation ParseShipmentConfirmation(WebhookDelivery delivery) =>
        throw new NotSupportedException($"{Metadata.DisplayName} does not send shipment confirmations by webhook.");
}
