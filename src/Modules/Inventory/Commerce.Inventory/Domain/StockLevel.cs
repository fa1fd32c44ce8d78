using Commerce.Kernel.Auditing;

namespace Commerce.Inventory.Domain;

/// <summary>
/// How many units of one SKU one location holds (<see cref="OnHand"/>) and how many of those are promised to orders
/// (<see cref="Reserved"/>). Every change goes through a method that also writes the ledger movement, so the ledger's
/// sums always equal these figures. <see cref="Version"/> is the optimistic concurrency token: two writers racing on
/// the same row cannot both win. The ledger is its audit trail.
/// </summary>
[NotAudited]
public sealed class StockLevel
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid SkuId { get; init; }
    public Guid LocationId { get; init; }
    public int OnHand { get; private set; }
    public int Reserved { get; private set; }
    public int Version { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public int Available => OnHand - Reserved;

    public StockMovement Receive(int quantity, string? reference, string actor, DateTimeOffset at)
    {
        if (quantity <= 0) throw new ArgumentOutOfRangeException(nameof(quantity), "A receipt adds at least one unit.");
        return Apply(MovementKind.Receipt, quantity, 0, null, reference, actor, at);
    }

    /// <summary>Counts found more or fewer units. On hand can never drop below what is already reserved.</summary>
    public StockMovement Adjust(int delta, string reason, string actor, DateTimeOffset at, string? reference = null)
    {
        if (delta == 0) throw new ArgumentOutOfRangeException(nameof(delta), "An adjustment changes the quantity.");
        if (OnHand + delta < Reserved)
            throw new InvalidOperationException($"On hand would fall to {OnHand + delta}, below the {Reserved} units reserved.");
        return Apply(MovementKind.Adjustment, delta, 0, reason, reference, actor, at);
    }

    public StockMovement Reserve(int quantity, Guid orderId, string actor, DateTimeOffset at)
    {
        if (quantity <= 0 || quantity > Available)
            throw new InvalidOperationException($"Cannot reserve {quantity}: {Available} available.");
        return Apply(MovementKind.Reservation, 0, quantity, null, orderId.ToString(), actor, at);
    }

    public StockMovement Release(int quantity, Guid orderId, string actor, DateTimeOffset at)
    {
        if (quantity <= 0 || quantity > Reserved)
            throw new InvalidOperationException($"Cannot release {quantity}: {Reserved} reserved.");
        return Apply(MovementKind.Release, 0, -quantity, null, orderId.ToString(), actor, at);
    }

    /// <summary>Reserved units leave with a carrier.</summary>
    public StockMovement Ship(int quantity, Guid orderId, string actor, DateTimeOffset at)
    {
        if (quantity <= 0 || quantity > Reserved)
            throw new InvalidOperationException($"Cannot ship {quantity}: {Reserved} reserved.");
        return Apply(MovementKind.Shipment, -quantity, -quantity, null, orderId.ToString(), actor, at);
    }

    /// <summary>Shipped units came back before leaving (the labels were voided): on hand and reserved again.</summary>
    public StockMovement Unship(int quantity, Guid orderId, string actor, DateTimeOffset at)
    {
        if (quantity <= 0) throw new ArgumentOutOfRangeException(nameof(quantity));
        return Apply(MovementKind.ShipmentReversal, quantity, quantity, null, orderId.ToString(), actor, at);
    }

    private StockMovement Apply(MovementKind kind, int onHandDelta, int reservedDelta, string? reason, string? reference,
        string actor, DateTimeOffset at)
    {
        OnHand += onHandDelta;
        Reserved += reservedDelta;
        Version++;
        UpdatedAt = at;
        return new StockMovement
        {
            At = at,
            SkuId = SkuId,
            LocationId = LocationId,
            Kind = kind,
            OnHandDelta = onHandDelta,
            ReservedDelta = reservedDelta,
            Reason = reason,
            Reference = reference,
            Actor = actor,
        };
    }
}
