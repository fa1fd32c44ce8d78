namespace Commerce.Integrations.Abstractions.Carriers;

/// <summary>
/// A carrier, as the Shipping module sees it. Each call names the account, whose settings hold the credentials and the
/// carrier's base address. Adapters keep vendor formats inside: pure request builders and response parsers, and a
/// separate HTTP transport with timeouts and retries (5xx, 429 honouring Retry-After). Failures are
/// <see cref="CarrierException"/>s. Only the operations in <see cref="Capabilities"/> are called.
/// </summary>
public interface ICarrierAdapter
{
    PluginMetadata Metadata { get; }

    CarrierCapabilities Capabilities { get; }

    Task<RateResult> RateAsync(CarrierAccount account, ShipmentDetails shipment, CancellationToken cancellationToken);

    Task<PurchasedLabel> BuyLabelAsync(CarrierAccount account, LabelPurchase purchase, CancellationToken cancellationToken) =>
        throw new NotSupportedException($"{Metadata.DisplayName} does not sell labels.");

    Task<PurchasedLabel> ConvertLabelAsync(CarrierAccount account, LabelConversion conversion, CancellationToken cancellationToken) =>
        throw new NotSupportedException($"{Metadata.DisplayName} does not convert labels.");

    Task VoidLabelAsync(CarrierAccount account, LabelToVoid label, CancellationToken cancellationToken) =>
        throw new NotSupportedException($"{Metadata.DisplayName} does not void labels.");

    Task<TrackingInfo> TrackAsync(CarrierAccount account, string trackingNumber, CancellationToken cancellationToken) =>
        throw new NotSupportedException($"{Metadata.DisplayName} does not track.");

    /// <summary>Checks the delivery's signature over the raw body, in constant time.</summary>
    bool VerifyWebhook(CarrierAccount account, WebhookDelivery delivery) => false;

    /// <summary>Reads a verified delivery; a body it cannot read is a <see cref="CarrierErrorKind.Malformed"/> error.</summary>
    TrackingWebhook ParseWebhook(WebhookDelivery delivery) =>
        throw new NotSupportedException($"{Metadata.DisplayName} does not send tracking webhooks.");

    Task<PurchasedLabel> BuyReturnLabelAsync(CarrierAccount account, LabelPurchase purchase, CancellationToken cancellationToken) =>
        throw new NotSupportedException($"{Metadata.DisplayName} does not sell return labels.");
}
