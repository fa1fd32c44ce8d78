using Commerce.Inventory.Contracts;
using Commerce.Inventory.Data;
using Commerce.Inventory.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Wolverine;

namespace Commerce.Inventory.Features.Control;

/// <summary>
/// The sales channels and the units each holds back (<c>Commerce:Inventory:Channels:{channel}:Buffer</c>), so that a
/// storefront never sells the last units another channel may already have sold. Without channels configured, one
/// channel "all" with no buffer.
/// </summary>
public sealed class ChannelBuffers(IConfiguration configuration)
{
    public IReadOnlyDictionary<string, int> All { get; } = Read(configuration);

    private static Dictionary<string, int> Read(IConfiguration configuration)
    {
        var channels = configuration.GetSection("Commerce:Inventory:Channels").GetChildren()
            .ToDictionary(c => c.Key, c => Math.Max(0, c.GetValue("Buffer", 0)), StringComparer.OrdinalIgnoreCase);
        return channels.Count > 0 ? channels : new Dictionary<string, int> { ["all"] = 0 };
    }
}

/// <summary>Publish the available-to-sell figures that changed since they were last published.</summary>
public sealed record PublishAvailableToSell;

public sealed record AvailableToSellView(string Sku, string Channel, int Quantity, DateTimeOffset PublishedAt);

public static class PublishAvailableToSellHandler
{
    /// <summary>
    /// One pass over stock: each SKU's available units over all locations, less each channel's buffer. Only figures
    /// different from the last published go out, so many stock changes between two passes make one message.
    /// </summary>
    public static async Task<OutgoingMessages> Handle(
        PublishAvailableToSell _, InventoryDbContext db, ChannelBuffers channels, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var available = (await db.StockLevels.AsNoTracking().GroupBy(s => s.SkuId)
                .Select(g => new { SkuId = g.Key, Available = g.Sum(s => s.OnHand - s.Reserved) }).ToListAsync(cancellationToken))
            .ToDictionary(a => a.SkuId, a => a.Available);
        var skus = await db.Skus.AsNoTracking().Select(s => new { s.Id, s.Code }).ToListAsync(cancellationToken);
        var published = await db.PublishedAvailability.ToDictionaryAsync(p => (p.SkuId, p.Channel), cancellationToken);
        var messages = new OutgoingMessages();
        foreach (var sku in skus)
        {
            foreach (var (channel, buffer) in channels.All)
            {
                var quantity = Math.Max(0, available.GetValueOrDefault(sku.Id) - buffer);
                if (!published.TryGetValue((sku.Id, channel), out var last))
                {
                    db.PublishedAvailability.Add(last = new PublishedAvailability { SkuId = sku.Id, Channel = channel, Quantity = -1 });
                }

                if (last.Quantity == quantity) continue;
                last.Quantity = quantity;
                last.PublishedAt = now;
                messages.Add(new AvailableToSellChanged(sku.Code, channel, quantity, now));
            }
        }

        return messages;
    }
}

internal static class AvailableToSellEndpoints
{
    public static void Map(RouteGroupBuilder writes, RouteGroupBuilder reads)
    {
        reads.MapGet("/available-to-sell", List)
            .WithSummary("What each channel may sell, per SKU, as last published")
            .WithDescription("Available stock over all locations less the channel's buffer; published every minute when it changes.");
        writes.MapPost("/available-to-sell/publish", Publish).WithSummary("Publish the figures that changed now");
    }

    private static async Task<Ok<IReadOnlyList<AvailableToSellView>>> List(
        InventoryDbContext db, CancellationToken cancellationToken, string? sku = null, string? channel = null)
    {
        var rows = await db.PublishedAvailability.AsNoTracking()
            .Where(p => channel == null || p.Channel == channel)
            .Join(db.Skus, p => p.SkuId, s => s.Id, (p, s) => new { s.Code, p.Channel, p.Quantity, p.PublishedAt })
            .Where(r => sku == null || r.Code == sku)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<AvailableToSellView>>(rows.OrderBy(r => r.Code, StringComparer.Ordinal).ThenBy(r => r.Channel)
            .Select(r => new AvailableToSellView(r.Code, r.Channel, r.Quantity, r.PublishedAt)).ToList());
    }

    private static async Task<Ok<IReadOnlyList<AvailableToSellView>>> Publish(
        InventoryDbContext db, IMessageBus bus, CancellationToken cancellationToken, string? sku = null)
    {
        await bus.InvokeAsync(new PublishAvailableToSell(), cancellationToken);
        return await List(db, cancellationToken, sku);
    }
}
