using Wolverine;

namespace Commerce.Storefronts.Features.Webhooks;

/// <summary>
/// Asks for a drain of the inbox when a delivery is stored, unless one is queued already: under load one drain message
/// serves many deliveries, where a message per delivery cost a durable envelope in every acknowledgement.
/// </summary>
public sealed class InboxSignal(TimeProvider clock)
{
    /// <summary>A drain asked for and not started within this long is taken as lost, and asked for again.</summary>
    internal static readonly TimeSpan LostAfter = TimeSpan.FromSeconds(30);

    private long _queuedAtTicks;

    /// <summary>True when the caller should send a <see cref="DrainInbox"/>: none is queued, or the one queued is lost.</summary>
    public bool TryQueue()
    {
        var now = clock.GetUtcNow().UtcTicks;
        var queuedAt = Interlocked.Read(ref _queuedAtTicks);
        if (queuedAt != 0 && now - queuedAt < LostAfter.Ticks) return false;
        return Interlocked.CompareExchange(ref _queuedAtTicks, now, queuedAt) == queuedAt;
    }

    /// <summary>A drain starts: deliveries stored from now on need another.</summary>
    public void Draining() => Interlocked.Exchange(ref _queuedAtTicks, 0);

    public async ValueTask PokeAsync(IMessageBus bus)
    {
        if (TryQueue()) await bus.PublishAsync(new DrainInbox());
    }
}
