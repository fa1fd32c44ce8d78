using System.Text;
using Commerce.Integrations.Abstractions.Fulfillment;
using Commerce.Integrations.SupplierEmail.Mapping;
using MimeKit;

namespace Commerce.Integrations.SupplierEmail.Tests.Transport;

public sealed class SupplierEmailAdapterTests : IAsyncLifetime
{
    private SupplierMailbox _mailbox = null!;

    public async Task InitializeAsync() => _mailbox = await SupplierMailbox.StartAsync();

    public async Task DisposeAsync() => await _mailbox.DisposeAsync();

    private Task<PartnerAcknowledgement> SendAsync(PartnerAccount? supplier = null, FulfillmentRequest? order = null) =>
        _mailbox.Adapter.SendAsync(supplier ?? _mailbox.Supplier(), order ?? Orders.PurchaseOrder(), CancellationToken.None);

    private async Task<PartnerException> RefusedAsync(PartnerAccount? supplier = null) =>
        await Assert.ThrowsAsync<PartnerException>(() => SendAsync(supplier));

    [Fact]
    public void The_plugin_declares_its_key_and_settings_and_no_webhooks()
    {
        var metadata = new SupplierEmailPlugin().Metadata;

        Assert.Equal("supplier-email", metadata.Key);
        Assert.Same(metadata, _mailbox.Adapter.Metadata);
        foreach (var required in new[] { "SmtpHost", "From", "To" })
            Assert.Contains(metadata.Settings, s => s.Name == required && s.Required);
        foreach (var optional in new[] { "SmtpPort", "Security", "Cc", "ReplyTo", "ConfirmationUrl" })
            Assert.Contains(metadata.Settings, s => s.Name == optional && !s.Required && !s.Secret);
        Assert.Contains(metadata.Settings, s => s is { Name: "Username", Required: false, Secret: true });
        Assert.Contains(metadata.Settings, s => s is { Name: "Password", Required: false, Secret: true });
        Assert.False(_mailbox.Adapter.VerifyWebhook(_mailbox.Supplier(), new Abstractions.WebhookDelivery(new Dictionary<string, string>(), [])));
    }

    [Fact]
    public async Task The_purchase_order_arrives_with_its_envelope_headers_bodies_and_attachment()
    {
        var acknowledgement = await SendAsync();

        Assert.Null(acknowledgement.PartnerReference);
        var mail = await _mailbox.Smtp.NextMessageAsync();
        Assert.Equal("po@acme.example", mail.EnvelopeFrom);
        Assert.Equal(["orders@supplier.example", "backup@supplier.example", "buyer@acme.example"], mail.EnvelopeTo);

        var message = mail.Message;
        Assert.Equal("Purchase order ffr-2026-000123 — ship to customer for order #1001", message.Subject);
        Assert.Equal("po-ffr-2026-000123@acme.example", message.MessageId);
        Assert.Equal(SupplierMailbox.Now, message.Date);
        Assert.Equal("po@acme.example", Assert.Single(message.From.Mailboxes).Address);
        Assert.Equal(["orders@supplier.example", "backup@supplier.example"], message.To.Mailboxes.Select(m => m.Address));
        Assert.Equal("buyer@acme.example", Assert.Single(message.Cc.Mailboxes).Address);
        Assert.Equal("buyer@acme.example", Assert.Single(message.ReplyTo.Mailboxes).Address);
        Assert.Equal("ffr-2026-000123", message.Headers["X-Commerce-Request-Id"]);

        Assert.Contains("1. MUG-BLUE | Mug, blue \"classic\", 350ml | 2 | 3.25 GBP | 6.50 GBP", message.TextBody);
        Assert.Contains("Total: 18.875 GBP", message.TextBody);
        Assert.Contains("quoting the request id ffr-2026-000123", message.TextBody);
        Assert.Contains("<td>Earl Grey &lt;loose leaf&gt;</td>", message.HtmlBody);

        var attachment = Assert.IsAssignableFrom<MimePart>(Assert.Single(message.Attachments));
        Assert.Equal("po-ffr-2026-000123.csv", attachment.FileName);
        using var csv = new MemoryStream();
        attachment.Content!.DecodeTo(csv);
        Assert.Equal(PurchaseOrderCsv.Write(Orders.PurchaseOrder()), Encoding.UTF8.GetString(csv.ToArray()));
    }

    [Fact]
    public async Task The_csv_arrives_byte_for_byte_even_with_a_line_break_inside_a_quoted_field()
    {
        var order = Orders.PurchaseOrder() with
        {
            Lines = [new FulfillmentRequestLine(1, "MUG-BLUE", "Mug\nblue, \"classic\"\r\nboxed", 2, 3.25m)],
        };

        await SendAsync(order: order);

        var attachment = Assert.IsAssignableFrom<MimePart>(Assert.Single((await _mailbox.Smtp.NextMessageAsync()).Message.Attachments));
        using var csv = new MemoryStream();
        attachment.Content!.DecodeTo(csv);
        Assert.Equal(Encoding.UTF8.GetBytes(PurchaseOrderCsv.Write(order)), csv.ToArray());
    }

    [Fact]
    public async Task Sending_the_same_purchase_order_again_sends_a_message_with_the_same_message_id()
    {
        await SendAsync();
        await SendAsync();

        var first = await _mailbox.Smtp.NextMessageAsync();
        var second = await _mailbox.Smtp.NextMessageAsync();
        Assert.Equal(first.Message.MessageId, second.Message.MessageId);
        Assert.Equal(2, _mailbox.Smtp.Messages.Count);
    }

    [Fact]
    public async Task A_mailbox_the_server_refuses_with_550_is_rejected_and_nothing_is_delivered()
    {
        _mailbox.Smtp.RefuseRecipient("backup@supplier.example");

        var error = await RefusedAsync();

        Assert.Equal(PartnerErrorKind.Rejected, error.Kind);
        Assert.Contains("refused the recipient", error.Message);
        Assert.Contains("backup@supplier.example", error.Message);
        Assert.Contains("550", error.Message);
        Assert.Empty(_mailbox.Smtp.Messages);
    }

    [Fact]
    public async Task A_mailbox_the_server_refuses_for_now_with_450_is_unavailable()
    {
        _mailbox.Smtp.RefuseRecipient("orders@supplier.example", 450, "mailbox busy, try again later");

        var error = await RefusedAsync();

        Assert.Equal(PartnerErrorKind.Unavailable, error.Kind);
        Assert.Contains("450", error.Message);
    }

    [Fact]
    public async Task A_sender_the_server_will_not_relay_for_is_a_configuration_error()
    {
        _mailbox.Smtp.RefuseSender("po@acme.example", 553, "sender not allowed");

        var error = await RefusedAsync();

        Assert.Equal(PartnerErrorKind.Configuration, error.Kind);
        Assert.Contains("refused the sender", error.Message);
    }

    [Fact]
    public async Task Nothing_listening_on_the_port_is_unavailable()
    {
        var supplier = _mailbox.Supplier(s => s["SmtpPort"] = SupplierMailbox.Text(SupplierMailbox.ClosedPort()));

        var error = await RefusedAsync(supplier);

        Assert.Equal(PartnerErrorKind.Unavailable, error.Kind);
        Assert.Contains("could not be reached", error.Message);
    }

    [Fact]
    public async Task Starttls_against_a_server_without_it_is_a_configuration_error_and_nothing_is_sent_in_clear()
    {
        var error = await RefusedAsync(_mailbox.Supplier(s => s["Security"] = "starttls"));

        Assert.Equal(PartnerErrorKind.Configuration, error.Kind);
        Assert.Contains("STARTTLS", error.Message);
        Assert.Empty(_mailbox.Smtp.Messages);
    }

    [Fact]
    public async Task Credentials_for_a_server_that_takes_none_are_a_configuration_error_without_the_password()
    {
        var error = await RefusedAsync(_mailbox.Supplier(s =>
        {
            s["Username"] = "po@acme.example";
            s["Password"] = "hunter2";
        }));

        Assert.Equal(PartnerErrorKind.Configuration, error.Kind);
        Assert.DoesNotContain("hunter2", error.Message);
    }

    [Fact]
    public async Task Bad_settings_are_a_configuration_error_before_connecting()
    {
        var error = await RefusedAsync(_mailbox.Supplier(s => s["To"] = "not an address"));

        Assert.Equal(PartnerErrorKind.Configuration, error.Kind);
        Assert.Contains("'To'", error.Message);
        Assert.Empty(_mailbox.Smtp.Messages);
    }
}
