using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Commerce.Testing;

/// <summary>A request the server received, as sent on the wire.</summary>
public sealed record RecordedRequest(string Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string BodyText => Encoding.UTF8.GetString(Body);

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}

/// <summary>What the server answers: status, body, content type, extra headers, and an optional delay before answering.</summary>
public sealed record CannedResponse(
    int Status, string Body = "", string ContentType = "application/json", IReadOnlyDictionary<string, string>? Headers = null,
    TimeSpan? Delay = null)
{
    public static CannedResponse Json(string body, int status = 200) => new(status, body);

    public byte[]? Bytes { get; init; }
}

/// <summary>
/// A real HTTP server on 127.0.0.1 (Kestrel, a free port) that plays a vendor's API: routes by method and path
/// (<c>*</c> matches one segment) answer with canned or computed responses, and every request is recorded so a test can
/// check what was sent: paths, headers, auth, bodies.
/// </summary>
public sealed class LocalHttpServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<(string Method, string[] Segments, Func<RecordedRequest, CannedResponse> Respond)> _routes = [];
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    private LocalHttpServer(WebApplication app) => _app = app;

    public Uri Address { get; private set; } = null!;

    public IReadOnlyList<RecordedRequest> Requests => _requests.ToArray();

    public static async Task<LocalHttpServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new LocalHttpServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Address = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    /// <summary>Answers requests to <paramref name="path"/> (<c>*</c> = any one segment); the newest route wins.</summary>
    public LocalHttpServer On(string method, string path, Func<RecordedRequest, CannedResponse> respond)
    {
        lock (_routes) _routes.Insert(0, (method.ToUpperInvariant(), Split(path), respond));
        return this;
    }

    public LocalHttpServer On(string method, string path, CannedResponse response) => On(method, path, _ => response);

    /// <summary>Forgets every route and every recorded request (between tests sharing one server).</summary>
    public void Reset()
    {
        lock (_routes) _routes.Clear();
        _requests.Clear();
    }

    public IReadOnlyList<RecordedRequest> RequestsTo(string method, string path)
    {
        var segments = Split(path);
        return Requests.Where(r => r.Method == method.ToUpperInvariant() && Matches(segments, Split(r.Path))).ToList();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer);
        var request = new RecordedRequest(
            context.Request.Method, context.Request.Path.Value ?? "/", context.Request.QueryString.Value ?? "",
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            buffer.ToArray());
        _requests.Enqueue(request);

        Func<RecordedRequest, CannedResponse>? respond;
        lock (_routes)
        {
            var path = Split(request.Path);
            respond = _routes.FirstOrDefault(r => r.Method == request.Method && Matches(r.Segments, path)).Respond;
        }

        var response = respond?.Invoke(request) ?? new CannedResponse(404, $"{{\"error\":\"no route for {request.Method} {request.Path}\"}}");
        if (response.Delay is { } delay)
        {
            try
            {
                await Task.Delay(delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        context.Response.StatusCode = response.Status;
        context.Response.ContentType = response.ContentType;
        foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>()) context.Response.Headers[name] = value;
        await context.Response.Body.WriteAsync(response.Bytes ?? Encoding.UTF8.GetBytes(response.Body));
    }

    private static string[] Split(string path) => path.Split('?')[0].Trim('/').Split('/');

    private static bool Matches(string[] pattern, string[] path) =>
        pattern.Length == path.Length && pattern.Zip(path).All(p => p.First == "*" || string.Equals(p.First, p.Second, StringComparison.Ordinal));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
