using Commerce.Integrations.Abstractions;
using Commerce.Integrations.Abstractions.Fulfillment;
using Commerce.Integrations.SupplierEmail.Api;
using Commerce.Integrations.SupplierEmail.Mapping;

namespace Commerce.Integrations.SupplierEmail;

/// <summary>
/// Sends a fulfillment request to a supplier as a purchase-order email. A resend is the same email with the same
/// Message-Id, so the supplier can tell it is not a second order. Email gives no partner reference and no webhook:
/// the supplier confirms shipment through our API.
/// </summary>
public sealed class SupplierEmailAdapter(TimeProvider clock) : IFulfillmentPartnerAdapter
{
    private readonly SmtpSender _sender = new();

    public PluginMetadata Metadata => SupplierEmailPlugin.Manifest;

    public async Task<PartnerAcknowledgement> SendAsync(PartnerAccount partner, FulfillmentRequest request, CancellationToken cancellationToken)
    {
        var settings = SupplierEmailSettings.Read(partner);
        using var message = PurchaseOrderMessage.Build(request, settings, clock.GetUtcNow());
        await _sender.SendAsync(partner.Id, settings, message, cancellationToken);
        return new PartnerAcknowledgement(null);
    }
}
