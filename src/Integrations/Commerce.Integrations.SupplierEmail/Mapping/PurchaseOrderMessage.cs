using System.Security.Cryptography;
using System.Text;
using Commerce.Integrations.Abstractions.Fulfillment;
using MimeKit;

namespace Commerce.Integrations.SupplierEmail.Mapping;

/// <summary>
/// Builds the purchase-order email: subject, a Message-Id derived from the request id (a resend is recognisably the
/// same message), text and HTML bodies, and the lines as a CSV attachment. Pure: the same request, settings and time
/// give the same message.
/// </summary>
internal static class PurchaseOrderMessage
{
    public const string RequestIdHeader = "X-Commerce-Request-Id";
    public const string OrderReferenceHeader = "X-Commerce-Order-Reference";
    private const string FallbackDomain = "commerce.local";

    public static MimeMessage Build(FulfillmentRequest request, SupplierEmailSettings settings, DateTimeOffset date)
    {
        var message = new MimeMessage();
        message.From.Add(settings.From);
        message.To.AddRange(settings.To);
        message.Cc.AddRange(settings.Cc);
        message.ReplyTo.AddRange(settings.ReplyTo);
        message.Subject = PurchaseOrderWording.Subject(request);
        message.Date = date;
        message.MessageId = MessageId(request.RequestId, settings.From);
        message.Headers.Add(RequestIdHeader, PurchaseOrderWording.OneLine(request.RequestId));
        message.Headers.Add(OrderReferenceHeader, PurchaseOrderWording.OneLine(request.OrderReference));
        // RFC 3834: sent by a program, so out-of-office replies are not sent back to it.
        message.Headers.Add("Auto-Submitted", "auto-generated");

        var body = new BodyBuilder
        {
            TextBody = PurchaseOrderText.Write(request, settings),
            HtmlBody = PurchaseOrderHtml.Write(request, settings),
        };
        body.Attachments.Add(CsvAttachment(request));
        message.Body = body.ToMessageBody();
        return message;
    }

    /// <summary>
    /// The lines as <c>text/csv; charset=utf-8</c>, base64-encoded: that keeps the bytes exact, where a text encoding in
    /// transit could rewrite a line break inside a quoted field as CRLF.
    /// </summary>
    private static MimePart CsvAttachment(FulfillmentRequest request)
    {
        var csv = new MimePart(new ContentType("text", "csv") { Charset = "utf-8" })
        {
            Content = new MimeContent(new MemoryStream(Encoding.UTF8.GetBytes(PurchaseOrderCsv.Write(request)))),
            ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
            ContentTransferEncoding = ContentEncoding.Base64,
            FileName = AttachmentName(request),
        };
        return csv;
    }

    public static string AttachmentName(FulfillmentRequest request) => $"po-{Token(request.RequestId)}.csv";

    /// <summary>
    /// <c>po-{requestId}@{From's domain}</c> (without the angle brackets MimeKit adds). A request id with characters a
    /// Message-Id cannot hold has them replaced and a short hash of the original appended, so two ids never share one.
    /// </summary>
    public static string MessageId(string requestId, MailboxAddress from)
    {
        var domain = from.Domain;
        var usable = !string.IsNullOrEmpty(domain) && domain.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.')
            && !domain.StartsWith('.') && !domain.EndsWith('.') && !domain.Contains("..");
        return $"po-{Token(requestId)}@{(usable ? domain.ToLowerInvariant() : FallbackDomain)}";
    }

    /// <summary>The request id as is when it is letters, digits, '-' and '_'; otherwise a safe spelling plus a hash.</summary>
    public static string Token(string requestId)
    {
        if (requestId.Length > 0 && requestId.All(IsSafe)) return requestId;
        var safe = string.Concat(requestId.Select(c => IsSafe(c) ? c : '_'));
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(requestId)))[..8];
        return $"{safe}-{hash}";
    }

    private static bool IsSafe(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_';
}
