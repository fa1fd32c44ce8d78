using Commerce.Orders.Domain.Routing;

namespace Commerce.Orders.Domain;

/// <summary>
/// A customer's order from one channel. Its status follows from how much of each line Inventory has reserved; every
/// change of status is kept in <see cref="History"/> with its time and actor.
/// </summary>
public sealed class Order
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string Channel { get; init; }
    public required string ExternalId { get; init; }
    public required string CustomerName { get; init; }
    public required string CustomerEmail { get; init; }
    public string? CustomerPhone { get; init; }
    public required string ShipToName { get; init; }
    public required string ShipToLine1 { get; init; }
    public string? ShipToLine2 { get; init; }
    public required string ShipToCity { get; init; }
    public string? ShipToRegion { get; init; }
    public required string ShipToPostalCode { get; init; }
    public required string ShipToCountryCode { get; init; }
    public ServiceLevel ServiceLevel { get; init; }
    public required string Currency { get; init; }
    public decimal Total { get; init; }
    public OrderStatus Status { get; private set; }
    public DateTimeOffset PlacedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; private set; }
    /// <summary>The newest allocation version applied; older or repeated ones are ignored.</summary>
    public int AllocationVersion { get; private set; }
    public string? CancellationReason { get; private set; }
    /// <summary>Why the order waits for a SKU we do not know; null when every SKU is known. Follows Inventory's allocation.</summary>
    public string? HoldReason { get; private set; }
    /// <summary>
    /// Why a person must review the order before any more of it is fulfilled (a store changed its lines after it was
    /// placed); only releasing the hold clears it.
    /// </summary>
    public string? ReviewReason { get; private set; }
    /// <summary>Grows with every change: the optimistic concurrency token, so two writers cannot both win.</summary>
    public int Revision { get; private set; }
    public List<OrderLine> Lines { get; init; } = [];
    public List<Fulfillment> Fulfillments { get; init; } = [];
    public List<RoutingDecision> Routing { get; init; } = [];
    public List<OrderStatusChange> History { get; init; } = [];
    public List<OrderRefund> Refunds { get; init; } = [];

    public static Order Place(NewOrder details, IReadOnlyList<NewOrderLine> lines, DateTimeOffset at, string actor)
    {
        var order = new Order
        {
            Channel = details.Channel,
            ExternalId = details.ExternalId,
            CustomerName = details.CustomerName,
            CustomerEmail = details.CustomerEmail,
            CustomerPhone = details.CustomerPhone,
            ShipToName = details.ShipToName,
            ShipToLine1 = details.ShipToLine1,
            ShipToLine2 = details.ShipToLine2,
            ShipToCity = details.ShipToCity,
            ShipToRegion = details.ShipToRegion,
            ShipToPostalCode = details.ShipToPostalCode,
            ShipToCountryCode = details.ShipToCountryCode,
            ServiceLevel = details.ServiceLevel,
            Currency = lines[0].Currency,
            Total = lines.Sum(l => l.UnitPrice * l.Quantity),
            Status = OrderStatus.Placed,
            PlacedAt = at,
            UpdatedAt = at,
        };
        order.Lines.AddRange(lines.Select((l, i) => new OrderLine
        {
            OrderId = order.Id,
            LineNumber = i + 1,
            Sku = l.Sku,
            Quantity = l.Quantity,
            UnitPrice = l.UnitPrice,
        }));
        order.History.Add(new OrderStatusChange
        {
            OrderId = order.Id, From = null, To = OrderStatus.Placed, At = at, Actor = actor,
        });
        return order;
    }

    /// <summary>
    /// Records how the order was routed and why. Supplier assignments become dropship fulfillments at once; the rest is
    /// for Inventory to reserve. An order routed wholly to suppliers is allocated now.
    /// </summary>
    public OrderStatusChange? ApplyRouting(
        IReadOnlyList<Assignment> assignments, IReadOnlyDictionary<string, RoutingSourceInfo> sources, DateTimeOffset at, string actor)
    {
        // A review hold may come before routing: the order is routed and reserved all the same, and waits to be fulfilled.
        if (Routing.Count > 0 || Status is not (OrderStatus.Placed or OrderStatus.OnHold)) return null;
        Touch(at);
        Routing.AddRange(assignments.Select(a => new RoutingDecision
        {
            OrderId = Id, LineNumber = a.LineNumber, Sku = a.Sku, Source = a.Source, Quantity = a.Quantity,
            Backordered = a.Backordered, Reason = a.Reason, At = at, RuleId = a.RuleId,
        }));
        foreach (var group in assignments.Where(a => sources.TryGetValue(a.Source, out var s) && s.Kind == SourceKind.Dropship)
                     .GroupBy(a => a.Source))
        {
            AddDropship(sources[group.Key], group.GroupBy(a => (a.LineNumber, a.Sku)).Select(g => (g.Key.LineNumber, g.Key.Sku, g.Sum(a => a.Quantity))), at);
        }

        return Lines.All(l => l.Dropshipped >= l.Quantity) ? ChangeStatus(DeriveStatus(), at, actor, "routed to suppliers") : null;
    }

    /// <summary>
    /// Units of a line that waited too long at the source a rule backordered them at go to <paramref name="target"/>: a
    /// supplier that ships the SKU (a purchase order for them), or another stock location, tried first from now on.
    /// Returns the line's new demand on our stock and the locations it may be reserved at; null when nothing waits any more
    /// or the target cannot take them.
    /// </summary>
    public (int Requested, IReadOnlyList<string>? Locations)? Reroute(
        int lineNumber, RoutingSourceInfo target, string? targetLocation, IReadOnlyList<string> currentLocations, string reason,
        DateTimeOffset at)
    {
        var line = Lines.Single(l => l.LineNumber == lineNumber);
        foreach (var waited in Routing.Where(r => r.LineNumber == lineNumber && r.Backordered && r.ReroutedAt is null)) waited.ReroutedAt = at;
        var outstanding = line.Quantity - line.Allocated - line.Dropshipped;
        if (!IsOpen || outstanding <= 0) return null;
        if (target.Kind == SourceKind.Dropship)
        {
            if (!target.UnitCosts.ContainsKey(line.Sku)) return null;
            AddDropship(target, [(lineNumber, line.Sku, outstanding)], at);
        }

        Routing.Add(new RoutingDecision
        {
            OrderId = Id, LineNumber = lineNumber, Sku = line.Sku, Source = target.Code, Quantity = outstanding,
            Backordered = false, Reason = reason, At = at,
        });
        Touch(at);
        return target.Kind == SourceKind.Dropship
            ? (line.Quantity - line.Dropshipped, null)
            : (line.Quantity - line.Dropshipped, [targetLocation!, .. currentLocations.Where(l => l != targetLocation)]);
    }

    /// <summary>A supplier's part: its lines at the supplier's unit costs, counted as covered on the order's lines.</summary>
    private void AddDropship(RoutingSourceInfo supplier, IEnumerable<(int LineNumber, string Sku, int Quantity)> lines, DateTimeOffset at)
    {
        var fulfillment = new Fulfillment
        {
            OrderId = Id, Source = supplier.Code, Kind = SourceKind.Dropship, Partner = supplier.Partner, CreatedAt = at,
            Status = FulfillmentStatus.Ready,
        };
        fulfillment.Lines.AddRange(lines.Select(l => new FulfillmentLine
        {
            FulfillmentId = fulfillment.Id, LineNumber = l.LineNumber, Sku = l.Sku, Quantity = l.Quantity,
            UnitCost = supplier.UnitCosts.TryGetValue(l.Sku, out var cost) ? cost : null,
        }));
        Fulfillments.Add(fulfillment);
        foreach (var line in fulfillment.Lines) Lines.Single(l => l.LineNumber == line.LineNumber).Dropshipped += line.Quantity;
    }

    /// <summary>The status again after a change of the order's parts; null when it stays.</summary>
    public OrderStatusChange? Rederive(DateTimeOffset at, string actor, string? reason) =>
        IsOpen ? ChangeStatus(DeriveStatus(), at, actor, reason) : null;

    /// <summary>
    /// Applies Inventory's view of the allocation, if it is newer than the one applied already: the lines' reserved units,
    /// and the open fulfillment at each location holding them. <paramref name="sourceAt"/> names the source of a location.
    /// </summary>
    public OrderStatusChange? ApplyAllocation(
        int version, IReadOnlyList<ReservedUnits> reserved, IReadOnlyDictionary<int, int> allocatedByLine,
        IReadOnlyCollection<string> unknownSkus, Func<string, RoutingSourceInfo> sourceAt, DateTimeOffset at, string actor)
    {
        if (!IsOpen || version <= AllocationVersion) return null;
        AllocationVersion = version;
        foreach (var line in Lines)
        {
            line.Allocated = allocatedByLine.TryGetValue(line.LineNumber, out var allocated) ? allocated : 0;
        }

        HoldReason = unknownSkus.Count > 0
            ? $"Unknown SKU{(unknownSkus.Count > 1 ? "s" : "")} {string.Join(", ", unknownSkus.Order(StringComparer.Ordinal))}: add {(unknownSkus.Count > 1 ? "them" : "it")} to the catalogue or correct the order."
            : null;
        RebuildStockFulfillments(reserved, sourceAt, at);
        return ChangeStatus(DeriveStatus(), at, actor, HoldReason);
    }

    /// <summary>
    /// Units reserved at a location and not yet with a partner belong to the location's open fulfillment; those a 3PL
    /// was already asked to ship are not asked for twice.
    /// </summary>
    private void RebuildStockFulfillments(IReadOnlyList<ReservedUnits> reserved, Func<string, RoutingSourceInfo> sourceAt, DateTimeOffset at)
    {
        foreach (var open in Fulfillments.Where(f => f.Kind != SourceKind.Dropship && f.IsOpen)) open.Lines.Clear();
        foreach (var location in reserved.GroupBy(r => r.Location))
        {
            var source = sourceAt(location.Key);
            var fulfillment = Fulfillments.FirstOrDefault(f => f.Location == location.Key && f.IsOpen);
            foreach (var units in location)
            {
                var requested = UnitsAt(location.Key, units.LineNumber, f => f.Status == FulfillmentStatus.Requested);
                // Shipped here but not yet off Inventory's books (its allocation message was on its way): not to ship again.
                var shippedUnrecorded = Math.Max(0, UnitsAt(location.Key, units.LineNumber, f => f.HasLeft) - units.Shipped);
                var quantity = units.Quantity - requested - shippedUnrecorded;
                if (quantity <= 0) continue;
                if (fulfillment is null)
                {
                    fulfillment = new Fulfillment
                    {
                        OrderId = Id, Source = source.Code, Kind = source.Kind, Location = location.Key, Partner = source.Partner,
                        CreatedAt = at, Status = FulfillmentStatus.Ready,
                    };
                    Fulfillments.Add(fulfillment);
                }

                fulfillment.Lines.Add(new FulfillmentLine
                {
                    FulfillmentId = fulfillment.Id, LineNumber = units.LineNumber, Sku = units.Sku, Quantity = quantity,
                });
            }
        }
    }

    private int UnitsAt(string location, int lineNumber, Func<Fulfillment, bool> which) =>
        Fulfillments.Where(f => f.Location == location && which(f))
            .SelectMany(f => f.Lines).Where(l => l.LineNumber == lineNumber).Sum(l => l.Quantity);

    /// <summary>Not cancelled and not wholly on its way: reservations may still change.</summary>
    public bool IsOpen => Status is not (OrderStatus.Cancelled or OrderStatus.Shipped or OrderStatus.Delivered);

    /// <summary>Every unit of every line is reserved or with a supplier.</summary>
    public bool FullyCovered => Lines.All(l => l.Allocated + l.Dropshipped >= l.Quantity);

    /// <summary>3PL fulfillments ready to be requested: every line they carry is wholly reserved, so the 3PL ships it complete.</summary>
    public IEnumerable<Fulfillment> ReadyForPartner() =>
        Fulfillments.Where(f => f.IsOpen && f.Units > 0 && f.Partner is not null
                                && (f.Kind == SourceKind.Dropship
                                    || f.Lines.All(fl => Lines.Single(l => l.LineNumber == fl.LineNumber) is var line
                                                         && line.Allocated + line.Dropshipped >= line.Quantity)));

    /// <summary>The request went to the partner: its lines are now the partner's to ship.</summary>
    public void MarkRequested(Guid fulfillmentId, string? partnerReference, DateTimeOffset at)
    {
        var fulfillment = Fulfillments.Single(f => f.Id == fulfillmentId);
        if (!fulfillment.IsOpen) return;
        fulfillment.Status = FulfillmentStatus.Requested;
        fulfillment.RequestedAt = at;
        fulfillment.PartnerReference = partnerReference;
        fulfillment.LastError = null;
        Touch(at);
    }

    /// <summary>
    /// The carrier took the part shipping from our warehouse at <paramref name="location"/>: its open fulfillment is
    /// shipped. The order is shipped when every part is and nothing waits for stock, partly shipped before that.
    /// </summary>
    public (OrderStatusChange? Change, Fulfillment? Fulfillment) MarkShipped(
        string location, string carrier, string? trackingNumber, string? trackingUrl, DateTimeOffset at, string actor, string detail)
    {
        if (Status is OrderStatus.Cancelled or OrderStatus.Delivered) return (null, null);
        var fulfillment = Fulfillments.Where(f => f.Location == location && f.Kind != SourceKind.Dropship)
            .OrderBy(f => f.HasLeft).ThenByDescending(f => f.CreatedAt).FirstOrDefault();
        if (fulfillment is null || fulfillment.HasLeft) return (null, null);
        Ship(fulfillment, carrier, trackingNumber, trackingUrl, at);
        return (ChangeStatus(DeriveStatus(), at, actor, detail), fulfillment);
    }

    /// <summary>A partner confirmed it shipped a fulfillment. The same confirmation twice changes nothing.</summary>
    public (OrderStatusChange? Change, bool Applied) ConfirmPartnerShipment(
        Guid fulfillmentId, string confirmationId, string carrier, string trackingNumber, string? trackingUrl, DateTimeOffset shippedAt,
        DateTimeOffset at, string actor)
    {
        var fulfillment = Fulfillments.Single(f => f.Id == fulfillmentId);
        if (fulfillment.ConfirmationId == confirmationId || fulfillment.HasLeft || fulfillment.Status == FulfillmentStatus.Cancelled)
            return (null, false);
        fulfillment.ConfirmationId = confirmationId;
        Ship(fulfillment, carrier, trackingNumber, trackingUrl, shippedAt);
        Touch(at);
        return (ChangeStatus(DeriveStatus(), at, actor, $"{fulfillment.Source} shipped with {carrier}: {trackingNumber}"), true);
    }

    private static void Ship(Fulfillment fulfillment, string carrier, string? trackingNumber, string? trackingUrl, DateTimeOffset at)
    {
        fulfillment.Status = FulfillmentStatus.Shipped;
        fulfillment.Carrier = carrier;
        fulfillment.TrackingNumber = trackingNumber;
        fulfillment.TrackingUrl = trackingUrl;
        fulfillment.ShippedAt = at;
    }

    /// <summary>The labels from <paramref name="location"/> were voided before the carrier had the parcels.</summary>
    public OrderStatusChange? MarkUnshipped(string location, DateTimeOffset at, string actor)
    {
        var fulfillment = Fulfillments.Where(f => f.Location == location && f.Status == FulfillmentStatus.Shipped)
            .OrderByDescending(f => f.ShippedAt).FirstOrDefault();
        if (fulfillment is null) return null;
        fulfillment.Status = FulfillmentStatus.Ready;
        fulfillment.ShippedAt = null;
        fulfillment.Carrier = fulfillment.TrackingNumber = fulfillment.TrackingUrl = null;
        return ChangeStatus(DeriveStatus(), at, actor, "labels voided");
    }

    /// <summary>Delivered when every part is.</summary>
    public OrderStatusChange? MarkDelivered(string location, DateTimeOffset at, string actor, string detail)
    {
        if (Status is OrderStatus.Cancelled or OrderStatus.Delivered) return null;
        var fulfillment = Fulfillments.Where(f => f.Location == location && f.Status == FulfillmentStatus.Shipped)
            .OrderBy(f => f.ShippedAt).FirstOrDefault();
        if (fulfillment is null) return null;
        fulfillment.Status = FulfillmentStatus.Delivered;
        fulfillment.DeliveredAt = at;
        return ChangeStatus(DeriveStatus(), at, actor, detail);
    }

    public OrderStatusChange? Cancel(string? reason, DateTimeOffset at, string actor)
    {
        if (Status is OrderStatus.Cancelled || !IsOpen || Fulfillments.Any(f => f.HasLeft)) return null;
        CancellationReason = reason;
        foreach (var line in Lines) line.Allocated = 0;
        foreach (var fulfillment in Fulfillments) fulfillment.Status = FulfillmentStatus.Cancelled;
        return ChangeStatus(OrderStatus.Cancelled, at, actor, reason);
    }

    /// <summary>
    /// Records a refund for the units of <paramref name="lines"/> (line numbers the order does not have are left out),
    /// checked against <see cref="RefundRules"/> by the caller. The revision grows, so that of two refunds checked at once
    /// only one is saved (the other is checked again).
    /// </summary>
    public void AddRefund(OrderRefund refund, IEnumerable<Contracts.RefundLineRequest> lines)
    {
        refund.Lines.AddRange(RefundRules.Lines(this, refund.Id, lines));
        Refunds.Add(refund);
        Touch(refund.At);
    }

    /// <summary>Every reason the order waits for a person, or null when nothing holds it.</summary>
    public string? HoldReasons => HoldReason is null ? ReviewReason : ReviewReason is null ? HoldReason : $"{ReviewReason} {HoldReason}";

    /// <summary>
    /// Holds the order for a person to review before any more of it is picked, packed or requested from a partner.
    /// Not an order that is cancelled or has begun to ship (its parts are with carriers); an order already held for this
    /// very reason, even if released since, is not held again. Held already for another reason, the new one replaces it
    /// and is kept in the history.
    /// </summary>
    public (HoldOutcome Outcome, OrderStatusChange? Change) HoldForReview(string reason, DateTimeOffset at, string actor)
    {
        if (Status == OrderStatus.Cancelled) return (HoldOutcome.Cancelled, null);
        if (!IsOpen || Fulfillments.Any(f => f.HasLeft)) return (HoldOutcome.Shipped, null);
        if (ReviewReason == reason || History.Any(h => h.To == OrderStatus.OnHold && h.Reason == reason)) return (HoldOutcome.AlreadyHeld, null);
        ReviewReason = reason;
        var to = DeriveStatus();
        if (to != Status) return (HoldOutcome.Held, ChangeStatus(to, at, actor, reason));
        // On hold already (an unknown SKU, an earlier review): the new reason is still a step of the history.
        Touch(at);
        var held = new OrderStatusChange { OrderId = Id, From = Status, To = Status, At = at, Actor = actor, Reason = reason };
        History.Add(held);
        return (HoldOutcome.Held, held);
    }

    /// <summary>
    /// A person released the review hold: the status follows from the order's parts again (still on hold while a SKU is
    /// unknown). An order not yet routed is placed again, for routing to take it up. Null when nothing changed.
    /// </summary>
    public OrderStatusChange? ReleaseReview(DateTimeOffset at, string actor)
    {
        if (ReviewReason is null || !IsOpen) return null;
        ReviewReason = null;
        var to = Routing.Count == 0 && AllocationVersion == 0 ? OrderStatus.Placed : DeriveStatus();
        return ChangeStatus(to, at, actor, "hold released after review");
    }

    /// <summary>
    /// The order's status from its parts: shipped or delivered when every part with units is and nothing waits for stock,
    /// partly shipped when some part has left; before that, on hold, or by how many units are reserved or with suppliers.
    /// </summary>
    public OrderStatus DeriveStatus()
    {
        if (Status == OrderStatus.Cancelled) return OrderStatus.Cancelled;
        var parts = Fulfillments.Where(f => f.Status != FulfillmentStatus.Cancelled && (f.Units > 0 || f.HasLeft)).ToList();
        if (parts.Any(f => f.HasLeft))
        {
            if (!FullyCovered || !parts.All(f => f.HasLeft)) return OrderStatus.PartiallyShipped;
            return parts.All(f => f.Status == FulfillmentStatus.Delivered) ? OrderStatus.Delivered : OrderStatus.Shipped;
        }

        if (HoldReason is not null || ReviewReason is not null) return OrderStatus.OnHold;
        return DeriveStatus(Lines);
    }

    public static OrderStatus DeriveStatus(IReadOnlyCollection<OrderLine> lines)
    {
        var covered = lines.Sum(l => Math.Min(l.Quantity, l.Allocated + l.Dropshipped));
        if (covered == 0) return OrderStatus.Backordered;
        return lines.All(l => l.Allocated + l.Dropshipped >= l.Quantity) ? OrderStatus.Allocated : OrderStatus.PartiallyAllocated;
    }

    private void Touch(DateTimeOffset at)
    {
        UpdatedAt = at;
        Revision++;
    }

    private OrderStatusChange? ChangeStatus(OrderStatus to, DateTimeOffset at, string actor, string? reason)
    {
        Touch(at);
        if (to == Status) return null;
        var change = new OrderStatusChange { OrderId = Id, From = Status, To = to, At = at, Actor = actor, Reason = reason };
        Status = to;
        History.Add(change);
        return change;
    }
}

/// <summary>What asking to hold an order for review came to.</summary>
public enum HoldOutcome
{
    Held,
    /// <summary>Held for this reason already (or released after it was): nothing changed.</summary>
    AlreadyHeld,
    Cancelled,
    /// <summary>Part or all of it is with a carrier: too late to hold.</summary>
    Shipped,
}

/// <summary>Units of an order line reserved at a location, as Inventory reports them.</summary>
/// <see cref="Shipped"/>: units of the line Inventory has recorded as shipped from the location.
public sealed record ReservedUnits(int LineNumber, string Sku, string Location, int Quantity, int Shipped = 0);

/// <summary>What an order needs to know of a fulfillment source: its kind, partner account and supplier unit costs.</summary>
public sealed record RoutingSourceInfo(string Code, SourceKind Kind, string? Partner, IReadOnlyDictionary<string, decimal> UnitCosts)
{
    /// <summary>A location with no source of its own: our warehouse, named by its code.</summary>
    public static RoutingSourceInfo OwnLocation(string location) =>
        new(location, SourceKind.Warehouse, null, new Dictionary<string, decimal>());
}

/// <summary>The validated details of an order to place.</summary>
public sealed record NewOrder(
    string Channel, string ExternalId, string CustomerName, string CustomerEmail, string? CustomerPhone,
    string ShipToName, string ShipToLine1, string? ShipToLine2, string ShipToCity, string? ShipToRegion,
    string ShipToPostalCode, string ShipToCountryCode, ServiceLevel ServiceLevel);

public sealed record NewOrderLine(string Sku, int Quantity, decimal UnitPrice, string Currency);

public sealed class OrderLine
{
    public Guid OrderId { get; init; }
    public int LineNumber { get; init; }
    public required string Sku { get; init; }
    public int Quantity { get; init; }
    public decimal UnitPrice { get; init; }
    public int Allocated { get; set; }
    /// <summary>Units a dropship supplier ships for this line (routed to it, not reserved from our stock).</summary>
    public int Dropshipped { get; set; }
}
