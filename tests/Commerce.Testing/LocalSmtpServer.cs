using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Threading.Channels;
using MimeKit;
using SmtpServer;
using SmtpServer.ComponentModel;
using SmtpServer.Mail;
using SmtpServer.Net;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Commerce.Testing;

/// <summary>A message the server accepted: the SMTP envelope (MAIL FROM, RCPT TO) and the message as parsed.</summary>
public sealed record ReceivedMail(string EnvelopeFrom, IReadOnlyList<string> EnvelopeTo, MimeMessage Message);

/// <summary>
/// A real SMTP server on 127.0.0.1 (SmtpServer, a free port, no TLS, no authentication) that plays a mail relay: every
/// message is kept as a <see cref="MimeMessage"/> with its envelope, a test can make it refuse a sender or a recipient
/// with any reply code (550 by default: mailbox unavailable), and await the next message with a timeout.
/// </summary>
public sealed class LocalSmtpServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<ReceivedMail> _messages = new();
    private readonly Channel<ReceivedMail> _arrivals = Channel.CreateUnbounded<ReceivedMail>();
    private readonly ConcurrentDictionary<string, SmtpResponse> _refusedRecipients = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, SmtpResponse> _refusedSenders = new(StringComparer.OrdinalIgnoreCase);
    private readonly CancellationTokenSource _stopping = new();
    private SmtpServer.SmtpServer _server = null!;
    private Task _running = Task.CompletedTask;

    private LocalSmtpServer()
    {
    }

    /// <summary>Always 127.0.0.1: the server never listens on another interface.</summary>
    public string Host => IPAddress.Loopback.ToString();

    public int Port { get; private set; }

    /// <summary>Every message accepted so far, oldest first.</summary>
    public IReadOnlyList<ReceivedMail> Messages => _messages.ToArray();

    public static async Task<LocalSmtpServer> StartAsync(TimeSpan? startTimeout = null)
    {
        var smtp = new LocalSmtpServer();
        var listening = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var listeners = new EndpointListenerFactory();
        listeners.EndpointStarted += (_, e) => listening.TrySetResult(((IPEndPoint)e.LocalEndPoint).Port);

        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            // Port 0: the system picks a free port, read back from EndpointStarted, so parallel tests never collide.
            .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, 0)).SessionTimeout(TimeSpan.FromSeconds(30)))
            .Build();
        var services = new ServiceProvider();
        services.Add(listeners);
        services.Add(new CapturingStore(smtp));
        services.Add(new RefusingFilter(smtp));

        smtp._server = new SmtpServer.SmtpServer(options, services);
        smtp._running = smtp._server.StartAsync(smtp._stopping.Token);

        var started = await Task.WhenAny(listening.Task, smtp._running, Task.Delay(startTimeout ?? TimeSpan.FromSeconds(10)));
        if (started != listening.Task)
        {
            await smtp.DisposeAsync();
            throw new InvalidOperationException(started == smtp._running
                ? $"The local SMTP server stopped while starting: {smtp._running.Exception?.GetBaseException().Message ?? "no error"}."
                : "The local SMTP server did not start listening in time.");
        }

        smtp.Port = await listening.Task;
        return smtp;
    }

    /// <summary>Answers RCPT TO for <paramref name="address"/> with this reply (e.g. 550 mailbox unavailable, 450 try later).</summary>
    public LocalSmtpServer RefuseRecipient(string address, int replyCode = 550, string message = "mailbox unavailable")
    {
        _refusedRecipients[address] = new SmtpResponse((SmtpReplyCode)replyCode, message);
        return this;
    }

    /// <summary>Answers MAIL FROM for <paramref name="address"/> with this reply (e.g. 553 not allowed to send as this address).</summary>
    public LocalSmtpServer RefuseSender(string address, int replyCode = 553, string message = "sender address not allowed")
    {
        _refusedSenders[address] = new SmtpResponse((SmtpReplyCode)replyCode, message);
        return this;
    }

    /// <summary>
    /// The next message not yet handed to a caller of this method (the first call gets the first message ever received);
    /// a <see cref="TimeoutException"/> when none comes in time.
    /// </summary>
    public async Task<ReceivedMail> NextMessageAsync(TimeSpan? timeout = null)
    {
        var wait = timeout ?? TimeSpan.FromSeconds(10);
        using var timer = new CancellationTokenSource(wait);
        try
        {
            return await _arrivals.Reader.ReadAsync(timer.Token);
        }
        catch (OperationCanceledException) when (timer.IsCancellationRequested)
        {
            throw new TimeoutException($"No message reached the local SMTP server on port {Port} within {wait.TotalSeconds:0.#} s.");
        }
    }

    /// <summary>Forgets every message and every refusal (between tests sharing one server).</summary>
    public void Reset()
    {
        _messages.Clear();
        while (_arrivals.Reader.TryRead(out _))
        {
        }

        _refusedRecipients.Clear();
        _refusedSenders.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _server?.Shutdown();
        try
        {
            await _running.WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (Exception e) when (e is OperationCanceledException or TimeoutException)
        {
        }

        _arrivals.Writer.TryComplete();
        _stopping.Dispose();
    }

    private void Keep(ReceivedMail mail)
    {
        _messages.Enqueue(mail);
        _arrivals.Writer.TryWrite(mail);
    }

    private sealed class CapturingStore(LocalSmtpServer smtp) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(
            ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            smtp.Keep(new ReceivedMail(
                transaction.From?.AsAddress() ?? "",
                transaction.To.Select(to => to.AsAddress()).ToArray(),
                message));
            return SmtpResponse.Ok;
        }
    }

    private sealed class RefusingFilter(LocalSmtpServer smtp) : MailboxFilter
    {
        public override Task<bool> CanAcceptFromAsync(ISessionContext context, IMailbox from, int size, CancellationToken cancellationToken) =>
            smtp._refusedSenders.TryGetValue(from.AsAddress(), out var refusal)
                ? throw new SmtpResponseException(refusal)
                : Task.FromResult(true);

        public override Task<bool> CanDeliverToAsync(ISessionContext context, IMailbox to, IMailbox from, CancellationToken cancellationToken) =>
            smtp._refusedRecipients.TryGetValue(to.AsAddress(), out var refusal)
                ? throw new SmtpResponseException(refusal)
                : Task.FromResult(true);
    }
}
