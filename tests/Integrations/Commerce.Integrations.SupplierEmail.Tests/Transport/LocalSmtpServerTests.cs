using System.Net;
using System.Net.Sockets;
using Commerce.Testing;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Commerce.Integrations.SupplierEmail.Tests.Transport;

/// <summary>The shared SMTP listener itself (tests/Commerce.Testing), as other test projects will rely on it.</summary>
public sealed class LocalSmtpServerTests
{
    private static async Task SendAsync(LocalSmtpServer smtp, string to, string subject = "hello")
    {
        using var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse("sender@example.com"));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = "body" };
        using var client = new SmtpClient();
        await client.ConnectAsync(smtp.Host, smtp.Port, SecureSocketOptions.None);
        await client.SendAsync(message);
        await client.DisconnectAsync(true);
    }

    [Fact]
    public async Task It_listens_on_loopback_only_and_hands_out_messages_in_order()
    {
        await using var smtp = await LocalSmtpServer.StartAsync();

        Assert.Equal("127.0.0.1", smtp.Host);
        Assert.True(smtp.Port > 0);
        await SendAsync(smtp, "first@example.com", "one");
        await SendAsync(smtp, "second@example.com", "two");

        Assert.Equal("one", (await smtp.NextMessageAsync()).Message.Subject);
        var second = await smtp.NextMessageAsync();
        Assert.Equal("two", second.Message.Subject);
        Assert.Equal("sender@example.com", second.EnvelopeFrom);
        Assert.Equal(["second@example.com"], second.EnvelopeTo);
        Assert.Equal(2, smtp.Messages.Count);
    }

    [Fact]
    public async Task Waiting_for_a_message_that_never_comes_times_out()
    {
        await using var smtp = await LocalSmtpServer.StartAsync();

        await Assert.ThrowsAsync<TimeoutException>(() => smtp.NextMessageAsync(TimeSpan.FromMilliseconds(200)));
    }

    [Fact]
    public async Task Two_servers_get_two_ports_and_reset_forgets_messages_and_refusals()
    {
        await using var one = await LocalSmtpServer.StartAsync();
        await using var two = await LocalSmtpServer.StartAsync();
        Assert.NotEqual(one.Port, two.Port);

        one.RefuseRecipient("nobody@example.com");
        await Assert.ThrowsAsync<SmtpCommandException>(() => SendAsync(one, "nobody@example.com"));
        await SendAsync(one, "somebody@example.com");
        one.Reset();

        Assert.Empty(one.Messages);
        await SendAsync(one, "nobody@example.com");
        Assert.Equal(["nobody@example.com"], (await one.NextMessageAsync()).EnvelopeTo);
    }

    [Fact]
    public async Task After_disposal_nothing_listens_on_its_port()
    {
        var smtp = await LocalSmtpServer.StartAsync();
        var port = smtp.Port;
        await smtp.DisposeAsync();

        using var client = new TcpClient();
        await Assert.ThrowsAsync<SocketException>(() => client.ConnectAsync(IPAddress.Loopback, port));
    }
}
