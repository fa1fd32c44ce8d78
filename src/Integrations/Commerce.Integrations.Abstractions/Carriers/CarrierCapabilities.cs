namespace Commerce.Integrations.Abstractions.Carriers;

/// <summary>What a carrier adapter can do; the Shipping module only asks for what is declared.</summary>
[Flags]
public enum CarrierCapabilities
{
    None = 0,
    Rates = 1,
    Labels = 2,
    VoidLabels = 4,
    Tracking = 8,
    TrackingWebhooks = 16,
    ReturnLabels = 32,
}
