using Commerce.Kernel;
using System.Security.Cryptography;
using System.Text.Json;
using Commerce.Integrations.Abstractions;
using Commerce.Integrations.Abstractions.Storefronts;
using Commerce.Kernel.Http;
using Commerce.Kernel.Persistence;
using Commerce.Storefronts.Data;
using Commerce.Storefronts.Domain;
using Commerce.Storefronts.Stores;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Wolverine;

namespace Commerce.Storefronts.Features.Webhooks;

/// <summary>How a webhook was taken: stored for processing, a repeat of one stored before, or a platform's handshake.</summary>
public sealed record WebhookReceipt(string Status, Guid? DeliveryId);

internal static class WebhookEndpoint
{
    /// <summary>Headers that carry our own credentials, never a store's: not kept with a delivery.</summary>
    private static readonly HashSet<string> NotKept = new(StringComparer.OrdinalIgnoreCase)
    {
        "Authorization", "Proxy-Authorization", "Cookie", "X-Api-Key",
    };

    public static void Map(IEndpointRouteBuilder endpoints, long maxBytes) =>
        endpoints.MapPost("/webhooks/{connector}/{store}", Receive)
            .AllowAnonymous()
            .DisableAntiforgery()
            .WithMetadata(new WebhookBodyLimit(maxBytes))
            .WithTags("Storefronts")
            .WithSummary("Webhooks from a store (Shopify, WooCommerce, …)")
            .WithDescription(
                "The connector checks the signature over the raw body before anything is parsed: a missing or wrong one is a 401 and " +
                "nothing is stored; a platform's unsigned handshake (WooCommerce's ping) is a 200 and nothing is stored. A signed " +
                "delivery is stored with its headers and answered 200 at once; it is processed afterwards, in order. A repeat (the " +
                "same delivery id, or the same event id and topic) is a 200 and stores nothing. Bodies over the limit " +
                "(Commerce:Storefronts:MaxWebhookBytes, 1 MiB) are a 413.")
            .Produces<WebhookReceipt>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

    private static async Task<Results<Ok<WebhookReceipt>, ProblemHttpResult>> Receive(
        string connector, string store, HttpContext context, StoreRegistry stores, IOptions<StorefrontOptions> options,
        StorefrontsDbContext db, InboxSignal inboxSignal, IntakeGauge intake, IMessageBus bus, TimeProvider clock, ILogger<StoreRegistry> logger,
        CancellationToken cancellationToken)
    {
        using var receiving = intake.Receiving();
        var connection = stores.Find(store);
        if (connection is null || !string.Equals(connection.Connector.Metadata.Key, connector, StringComparison.OrdinalIgnoreCase)
                               || !connection.Can(StorefrontCapabilities.Webhooks))
            return Problems.NotFound($"Store with {connector} webhooks", store);

        var limit = options.Value.MaxWebhookBytes;
        var body = await ReadBodyAsync(context, limit, cancellationToken);
        if (body is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The webhook body is too large.",
                detail: $"Webhook bodies are limited to {limit:N0} bytes; nothing was stored.");
        }

        var headers = context.Request.Headers.Where(h => !NotKept.Contains(h.Key))
            .ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var delivery = new WebhookDelivery(headers, body);
        WebhookCheck check;
        try
        {
            check = connection.Connector.VerifyWebhook(connection.Account, delivery);
        }
        catch (StorefrontException e)
        {
            // Our configuration, not the sender's fault (a missing secret): nothing is stored, and the store delivers again later.
            logger.LogError("Webhook for store {Store} could not be verified: {Reason}", connection.Id, e.Message);
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Webhooks cannot be verified now.",
                detail: "This store's webhook settings are incomplete; nothing was stored. The server log says more.");
        }

        switch (check)
        {
            case WebhookCheck.Ping:
                return TypedResults.Ok(new WebhookReceipt("ping", null));
            case WebhookCheck.Invalid:
                return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Bad signature.",
                    detail: "The webhook's signature does not match this store's secret; nothing was stored.");
        }

        WebhookIdentity identity;
        try
        {
            identity = connection.Connector.IdentifyWebhook(delivery);
        }
        catch (StorefrontException e)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unidentifiable webhook.", detail: e.Message);
        }

        var deliveryId = Text(identity.DeliveryId, 200);
        var inbox = new InboxDelivery
        {
            StoreId = connection.Id,
            Connector = connection.Connector.Metadata.Key,
            Topic = Text(identity.Topic, 100) ?? "(none)",
            DeliveryId = deliveryId,
            // Without the vendor's delivery id, an identical body is the same delivery.
            DeliveryKey = deliveryId ?? "sha256:" + Convert.ToHexStringLower(SHA256.HashData(body)),
            EventId = Text(identity.EventId, 200),
            TriggeredAt = identity.TriggeredAt is { } triggered ? Instants.ToMilliseconds(triggered) : null,
            Body = body,
            Headers = JsonSerializer.Serialize(headers),
            ReceivedAt = clock.GetUtcNow(),
        };

        // The stored row is the delivery's durable record: the inbox's drain processes every pending row, after a restart
        // too. A repeat, even a concurrent one, finds a unique key taken and stores nothing: one statement, no read first.
        // The store waits on a deadline (Shopify: 5 s), so on SQLite this short write goes ahead of background handlers' writes.
        bool stored;
        using (SqliteWriteGate.Urgent()) stored = await db.InsertIfAbsentAsync(inbox, cancellationToken);
        if (!stored) return TypedResults.Ok(new WebhookReceipt("duplicate", null));
        await inboxSignal.PokeAsync(bus);
        return TypedResults.Ok(new WebhookReceipt("accepted", inbox.Id));
    }

    /// <summary>The raw body, or null when it is larger than <paramref name="limit"/> (read no further than that).</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpContext context, long limit, CancellationToken cancellationToken)
    {
        if (context.Request.ContentLength > limit) return null;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size) size.MaxRequestBodySize = limit;
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await context.Request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > limit) return null;
                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }

        return buffer.ToArray();
    }

    private static string? Text(string? value, int maxLength) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Trim().Truncate(maxLength);
}

/// <summary>The webhook endpoint's own body limit, which the host's request size check honours.</summary>
internal sealed class WebhookBodyLimit(long bytes) : IRequestSizeLimitMetadata
{
    public long? MaxRequestBodySize => bytes;
}
