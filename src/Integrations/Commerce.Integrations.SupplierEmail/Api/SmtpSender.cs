using System.Net.Sockets;
using Commerce.Integrations.Abstractions.Fulfillment;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Commerce.Integrations.SupplierEmail.Api;

/// <summary>
/// Hands one message to the retailer's SMTP server (MailKit): connect with the configured TLS, authenticate when
/// credentials are set, send, quit. The server's answers become <see cref="PartnerException"/>s: a permanent refusal (5xx)
/// is Rejected, a temporary one (4xx), a refused connection or a timeout is Unavailable (the caller's outbox tries again),
/// and what only a settings change can fix (credentials, TLS, a sender the server will not relay for) is Configuration.
/// The password never appears in a message.
/// </summary>
internal sealed class SmtpSender
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    private readonly TimeSpan _timeout;

    public SmtpSender(TimeSpan? timeout = null) => _timeout = timeout ?? DefaultTimeout;

    public async Task SendAsync(string partnerId, SupplierEmailSettings settings, MimeMessage message, CancellationToken cancellationToken)
    {
        var server = $"the SMTP server {settings.SmtpHost}:{settings.SmtpPort} of fulfillment partner '{partnerId}'";
        using var client = new SmtpClient { Timeout = (int)_timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(settings.SmtpHost, settings.SmtpPort, Options(settings.Security), cancellationToken);
            if (settings is { Username: { } username, Password: { } password })
                await client.AuthenticateAsync(username, password, cancellationToken);
            await client.SendAsync(message, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (SmtpCommandException e)
        {
            throw Refused(server, e);
        }
        catch (AuthenticationException e)
        {
            throw new PartnerException(PartnerErrorKind.Configuration, $"{Capital(server)} refused the Username and Password: {e.Message}", e);
        }
        catch (ServiceNotAuthenticatedException e)
        {
            throw new PartnerException(PartnerErrorKind.Configuration, $"{Capital(server)} wants a Username and Password.", e);
        }
        catch (SslHandshakeException e)
        {
            throw new PartnerException(PartnerErrorKind.Configuration,
                $"TLS with {server} failed (Security '{settings.Security}'; 'ssl' usually means port 465, 'starttls' port 587): {e.Message}", e);
        }
        catch (NotSupportedException e)
        {
            // STARTTLS asked of a server without it, or credentials for a server that takes none.
            throw new PartnerException(PartnerErrorKind.Configuration, $"{Capital(server)} cannot do what the settings ask: {e.Message}", e);
        }
        catch (Exception e) when (e is SocketException or IOException or TimeoutException or SmtpProtocolException
                                      or ServiceNotConnectedException or OperationCanceledException)
        {
            throw new PartnerException(PartnerErrorKind.Unavailable, $"{Capital(server)} could not be reached or dropped the connection ({e.GetType().Name}: {e.Message})", e);
        }
    }

    private static SecureSocketOptions Options(SmtpSecurity security) => security switch
    {
        SmtpSecurity.None => SecureSocketOptions.None,
        SmtpSecurity.Ssl => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.StartTls,
    };

    private static PartnerException Refused(string server, SmtpCommandException e)
    {
        var code = (int)e.StatusCode;
        var what = e.ErrorCode switch
        {
            SmtpErrorCode.RecipientNotAccepted => $"refused the recipient {e.Mailbox}",
            SmtpErrorCode.SenderNotAccepted => $"refused the sender {e.Mailbox}",
            SmtpErrorCode.MessageNotAccepted => "refused the message",
            _ => "answered unexpectedly",
        };
        var message = $"{Capital(server)} {what} ({code} {e.Message.Trim()})";
        var kind = code switch
        {
            >= 400 and < 500 => PartnerErrorKind.Unavailable,
            // 530: authentication required; a refused sender is our From, which only the settings can change.
            530 => PartnerErrorKind.Configuration,
            >= 500 when e.ErrorCode == SmtpErrorCode.SenderNotAccepted => PartnerErrorKind.Configuration,
            _ => PartnerErrorKind.Rejected,
        };
        return new PartnerException(kind, message + ".", e);
    }

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
