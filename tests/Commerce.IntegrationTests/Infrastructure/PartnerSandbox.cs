using System.Text;
using Commerce.Integrations.Abstractions;
using Commerce.Testing;

namespace Commerce.IntegrationTests.Infrastructure;

/// <summary>
/// A 3PL bridge speaking our fulfillment protocol on a local HTTP server, and a supplier's mailbox behind a real SMTP
/// listener, both on 127.0.0.1, configured as the host's fulfillment partners.
/// </summary>
public sealed class PartnerSandbox : IAsyncDisposable
{
    public const string ThirdPartyAccount = "acme-3pl";
    public const string SupplierAccount = "chair-co";
    public const string ThirdPartySecret = "3pl-webhook-secret";
    public const string SupplierMailbox = "orders@chairco.example";

    private PartnerSandbox(LocalHttpServer thirdParty, LocalSmtpServer mail) => (ThirdParty, Mail) = (thirdParty, mail);

    public LocalHttpServer ThirdParty { get; }
    public LocalSmtpServer Mail { get; }

    public static async Task<PartnerSandbox> StartAsync() =>
        new(await LocalHttpServer.StartAsync(), await LocalSmtpServer.StartAsync());

    public IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        [$"Commerce:Fulfillment:Partners:{ThirdPartyAccount}:Adapter"] = "fulfillment-http",
        [$"Commerce:Fulfillment:Partners:{ThirdPartyAccount}:Settings:BaseUrl"] = ThirdParty.Address.ToString(),
        [$"Commerce:Fulfillment:Partners:{ThirdPartyAccount}:Settings:ApiKey"] = "3pl-api-key",
        [$"Commerce:Fulfillment:Partners:{ThirdPartyAccount}:Settings:WebhookSecret"] = ThirdPartySecret,
        [$"Commerce:Fulfillment:Partners:{SupplierAccount}:Adapter"] = "supplier-email",
        [$"Commerce:Fulfillment:Partners:{SupplierAccount}:Settings:SmtpHost"] = Mail.Host,
        [$"Commerce:Fulfillment:Partners:{SupplierAccount}:Settings:SmtpPort"] = Mail.Port.ToString(),
        [$"Commerce:Fulfillment:Partners:{SupplierAccount}:Settings:Security"] = "none",
        [$"Commerce:Fulfillment:Partners:{SupplierAccount}:Settings:From"] = "purchasing@shop.example",
        [$"Commerce:Fulfillment:Partners:{SupplierAccount}:Settings:To"] = SupplierMailbox,
    };

    public void Reset()
    {
        ThirdParty.Reset();
        Mail.Reset();
        ThirdParty.On("POST", "/fulfillment-requests", CannedResponse.Json("""{"reference":"3PL-77"}""", 202));
    }

    /// <summary>A shipment confirmation as the 3PL bridge sends it, signed with the partner's secret.</summary>
    public static (string Body, string Signature) Confirmation(string requestId, string confirmationId, string trackingNumber)
    {
        var body = $$"""
            {"confirmationId":"{{confirmationId}}","requestId":"{{requestId}}","carrier":"UPS","trackingNumber":"{{trackingNumber}}",
             "trackingUrl":"https://www.ups.com/track?tracknum={{trackingNumber}}","shippedAt":"{{DateTimeOffset.UtcNow.AddHours(-1):O}}",
             "lines":[]}
            """;
        return (body, HmacSignature.Base64(ThirdPartySecret, Encoding.UTF8.GetBytes(body)));
    }

    public async ValueTask DisposeAsync()
    {
        await ThirdParty.DisposeAsync();
        await Mail.DisposeAsync();
    }
}
