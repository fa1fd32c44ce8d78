using Commerce.Integrations.Abstractions;
using Commerce.Integrations.Abstractions.Fulfillment;
using Commerce.Integrations.FulfillmentHttp.Api;
using Commerce.Integrations.FulfillmentHttp.Mapping;
using Commerce.Integrations.FulfillmentHttp.Webhooks;

namespace Commerce.Integrations.FulfillmentHttp;

/// <summary>
/// Hands fulfillment requests to a partner speaking our JSON protocol and reads the shipment confirmations it sends back.
/// Sending is idempotent on the request id (the Idempotency-Key header); a 409 from the partner means it already has it.
/// </summary>
public sealed class FulfillmentHttpAdapter(IHttpClientFactory httpClientFactory) : IFulfillmentPartnerAdapter
{
    public PluginMetadata Metadata => FulfillmentHttpPlugin.Manifest;

    public Task<PartnerAcknowledgement> SendAsync(PartnerAccount partner, FulfillmentRequest request, CancellationToken cancellationToken)
    {
        var client = new FulfillmentPartnerClient(httpClientFactory.CreateClient(FulfillmentHttpPlugin.Key), partner);
        return client.SendAsync(request, cancellationToken);
    }

    public bool VerifyWebhook(PartnerAccount partner, WebhookDelivery delivery) =>
        RequestSignature.Verify(partner.OptionalSetting(FulfillmentHttpSettings.WebhookSecret), delivery.Header(RequestSignature.Header), delivery.Body);

    public PartnerShipmentConfirmation ParseShipmentConfirmation(WebhookDelivery delivery) =>
        ShipmentConfirmationParser.Parse(delivery.Body);
}
