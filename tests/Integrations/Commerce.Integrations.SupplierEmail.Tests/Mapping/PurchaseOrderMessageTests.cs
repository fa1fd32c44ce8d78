using System.Text;
using Commerce.Integrations.Abstractions.Fulfillment;
using Commerce.Integrations.SupplierEmail.Mapping;
using MimeKit;

namespace Commerce.Integrations.SupplierEmail.Tests.Mapping;

public sealed class PurchaseOrderMessageTests
{
    private static readonly DateTimeOffset SentAt = new(2026, 11, 26, 9, 31, 12, TimeSpan.Zero);

    private static MimeMessage Build(FulfillmentRequest? order = null, IReadOnlyDictionary<string, string>? settings = null) =>
        PurchaseOrderMessage.Build(order ?? Orders.PurchaseOrder(), Orders.ReadSettings(settings), SentAt);

    [Fact]
    public void The_subject_names_the_purchase_order_and_the_customers_order()
    {
        Assert.Equal("Purchase order ffr-2026-000123 — ship to customer for order #1001", Build().Subject);
    }

    [Fact]
    public void A_line_break_in_the_order_reference_does_not_leave_the_subject()
    {
        var message = Build(Orders.PurchaseOrder() with { OrderReference = "#1001\r\nBcc: thief@example.com" });

        Assert.Equal("Purchase order ffr-2026-000123 — ship to customer for order #1001  Bcc: thief@example.com", message.Subject);
        Assert.Empty(message.Bcc);
    }

    [Fact]
    public void A_fulfillment_request_to_a_3pl_by_email_is_not_called_a_purchase_order()
    {
        var order = Orders.PurchaseOrder() with { Kind = FulfillmentRequestKind.ThirdPartyFulfillment };

        Assert.Equal("Fulfillment request ffr-2026-000123 — ship order #1001", Build(order).Subject);
    }

    [Fact]
    public void The_message_id_comes_from_the_request_id_and_the_senders_domain_so_a_resend_is_the_same_message()
    {
        var first = Build();
        var again = PurchaseOrderMessage.Build(Orders.PurchaseOrder(), Orders.ReadSettings(), SentAt.AddHours(3));

        Assert.Equal("po-ffr-2026-000123@acme.example", first.MessageId);
        Assert.Equal(first.MessageId, again.MessageId);
        Assert.NotEqual(first.MessageId, Build(Orders.PurchaseOrder("ffr-2026-000124")).MessageId);
        Assert.Contains("<po-ffr-2026-000123@acme.example>", first.Headers[HeaderId.MessageId]);
    }

    [Theory]
    [InlineData("ffr 2026/000123")]
    [InlineData("ffr<2026>@x")]
    [InlineData("ffr.2026.000123")]
    public void A_request_id_a_message_id_cannot_hold_is_made_safe_and_stays_distinct(string requestId)
    {
        var token = PurchaseOrderMessage.Token(requestId);

        Assert.Matches("^[A-Za-z0-9_-]+$", token);
        Assert.Equal(token, PurchaseOrderMessage.Token(requestId));
        Assert.NotEqual(PurchaseOrderMessage.Token("ffr_2026_000123"), token);
        Assert.Equal($"po-{token}@acme.example", Build(Orders.PurchaseOrder(requestId)).MessageId);
    }

    [Fact]
    public void A_sender_domain_that_cannot_name_a_message_falls_back_to_commerce_local()
    {
        Assert.Equal("po-r1@commerce.local", PurchaseOrderMessage.MessageId("r1", new MailboxAddress("", "po@[127.0.0.1]")));
    }

    [Fact]
    public void The_addresses_date_and_our_headers_are_set()
    {
        var message = Build();

        Assert.Equal("\"Acme Purchasing\" <po@acme.example>", message.From.ToString());
        Assert.Equal(["orders@supplier.example", "backup@supplier.example"], message.To.Mailboxes.Select(m => m.Address));
        Assert.Equal("buyer@acme.example", Assert.Single(message.Cc.Mailboxes).Address);
        Assert.Equal("buyer@acme.example", Assert.Single(message.ReplyTo.Mailboxes).Address);
        Assert.Empty(message.Bcc);
        Assert.Equal(SentAt, message.Date);
        Assert.Equal("ffr-2026-000123", message.Headers["X-Commerce-Request-Id"]);
        Assert.Equal("#1001", message.Headers["X-Commerce-Order-Reference"]);
        Assert.Equal("auto-generated", message.Headers["Auto-Submitted"]);
    }

    [Fact]
    public void The_text_body_lists_the_lines_totals_address_service_level_and_how_to_confirm()
    {
        var text = Build().TextBody;

        Assert.Contains("Purchase order ffr-2026-000123", text);
        Assert.Contains("Request id (quote it when you confirm): ffr-2026-000123", text);
        Assert.Contains("Service level: ground", text);
        Assert.Contains("1. MUG-BLUE | Mug, blue \"classic\", 350ml | 2 | 3.25 GBP | 6.50 GBP", text);
        Assert.Contains("2. TEA-EARL-250 | Earl Grey <loose leaf> | 3 | 4.125 GBP | 12.375 GBP", text);
        Assert.Contains("Total: 18.875 GBP", text);
        Assert.Contains("  Ada Lovelace\n  12 St James's Square\n  Flat 3\n  London SW1Y 4JH\n  GB", text!.ReplaceLineEndings("\n"));
        Assert.Contains("phone +44 20 7946 0000", text);
        Assert.Contains("confirm the shipment through our fulfillment partner API", text);
        Assert.Contains("quoting the request id ffr-2026-000123", text);
        Assert.Contains("A reply to this email does not confirm the shipment.", text);
        Assert.Contains("ship it only once", text);
        Assert.Contains("po-ffr-2026-000123.csv", text);
    }

    [Fact]
    public void The_confirmation_address_is_given_when_the_partner_has_one()
    {
        var settings = Orders.Settings();
        settings["ConfirmationUrl"] = "https://shop.acme.example/api/fulfillment/confirmations";

        Assert.Contains("through our fulfillment partner API at https://shop.acme.example/api/fulfillment/confirmations, quoting the request id",
            Build(settings: settings).TextBody);
    }

    [Fact]
    public void The_html_body_has_a_table_of_the_lines_with_every_value_encoded()
    {
        var html = Build().HtmlBody;

        Assert.Contains("<th>SKU</th><th>Description</th><th>Quantity</th><th>Unit cost</th><th>Line total</th>", html);
        Assert.Contains("<td>TEA-EARL-250</td><td>Earl Grey &lt;loose leaf&gt;</td><td align=\"right\">3</td>", html);
        Assert.Contains("Mug, blue &quot;classic&quot;, 350ml", html);
        Assert.Contains("12.375 GBP", html);
        Assert.Contains("18.875 GBP", html);
        Assert.Contains("<strong>ffr-2026-000123</strong>", html);
        Assert.Contains("12 St James&#39;s Square", html);
        Assert.Contains("Service level", html);
        Assert.Contains("A reply to this email does not confirm the shipment.", html);
        Assert.DoesNotContain("<loose leaf>", html);
    }

    [Fact]
    public void The_lines_are_attached_as_a_csv_named_after_the_request()
    {
        var attachment = Assert.IsAssignableFrom<MimePart>(Assert.Single(Build().Attachments));

        Assert.Equal("po-ffr-2026-000123.csv", attachment.FileName);
        Assert.Equal("text/csv", attachment.ContentType.MimeType);
        Assert.Equal("utf-8", attachment.ContentType.Charset);
        Assert.Equal(ContentEncoding.Base64, attachment.ContentTransferEncoding);
        using var content = new MemoryStream();
        attachment.Content!.DecodeTo(content);
        Assert.Equal(PurchaseOrderCsv.Write(Orders.PurchaseOrder()), Encoding.UTF8.GetString(content.ToArray()));
    }

    [Fact]
    public void The_message_is_text_and_html_alternatives_plus_the_attachment()
    {
        var body = Assert.IsType<Multipart>(Build().Body);

        Assert.Equal("multipart/mixed", body.ContentType.MimeType);
        var alternatives = Assert.IsType<MultipartAlternative>(body[0]);
        Assert.Equal(["text/plain", "text/html"], alternatives.Select(p => p.ContentType.MimeType));
    }
}
