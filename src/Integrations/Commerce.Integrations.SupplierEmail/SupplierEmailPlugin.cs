using Commerce.Integrations.Abstractions;
using Commerce.Integrations.Abstractions.Fulfillment;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Commerce.Integrations.SupplierEmail;

/// <summary>
/// Purchase orders to dropship suppliers that have no API: an email (text, HTML and a CSV of the lines) through the
/// retailer's own SMTP server. The supplier confirms shipment through our API, quoting the request id.
/// </summary>
public sealed class SupplierEmailPlugin : IIntegrationPlugin
{
    internal const string Key = "supplier-email";

    internal static readonly PluginMetadata Manifest = new(
        Key, "Supplier purchase orders by email (SMTP)", "1.0.0",
        [
            new PluginSetting(SupplierEmailSettings.SmtpHostName, "The retailer's SMTP server (host name or address)."),
            new PluginSetting(SupplierEmailSettings.SmtpPortName, $"Its port; {SupplierEmailSettings.DefaultPort} when empty.", Required: false),
            new PluginSetting(SupplierEmailSettings.SecurityName,
                "'starttls' (the default), 'ssl' (TLS from the first byte, usually port 465) or 'none' (no TLS; then no credentials "
                + "are sent unless the server is on this machine).", Required: false),
            new PluginSetting(SupplierEmailSettings.UsernameName, "SMTP user name, when the server wants one.", Required: false, Secret: true),
            new PluginSetting(SupplierEmailSettings.PasswordName, "SMTP password, with the user name.", Required: false, Secret: true),
            new PluginSetting(SupplierEmailSettings.FromName, "Who the purchase order is from, e.g. 'Acme Purchasing <po@acme.example>'."),
            new PluginSetting(SupplierEmailSettings.ToName, "The supplier's order mailbox; several are separated by commas."),
            new PluginSetting(SupplierEmailSettings.CcName, "Copies, e.g. the retailer's purchasing mailbox; comma-separated.", Required: false),
            new PluginSetting(SupplierEmailSettings.ReplyToName, "Where the supplier's replies go, when not to From.", Required: false),
            new PluginSetting(SupplierEmailSettings.ConfirmationUrlName,
                "The address the supplier confirms shipments at, printed in the email; the email names the request id either way.",
                Required: false),
        ]);

    public PluginMetadata Metadata => Manifest;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IFulfillmentPartnerAdapter, SupplierEmailAdapter>();
    }
}
