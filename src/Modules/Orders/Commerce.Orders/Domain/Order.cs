
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
    /// <summary>Grows with every change: the optimistic concurrency token, so two writers cannot both win.</summary>
    public int Revision { get; private set; }
    public List<OrderLine> Lines { get; init; } = [];
    /// <summary>The locations the order's units are reserved at: each ships its part, and the order is shipped when all have.</summary>
    public string ShipFrom { get; private set; } = "";
    public List<OrderShipment> Shipments { get; init; } = [];
    public List<OrderStatusChange> History { get; init; } = [];

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

    /// <summary>Applies Inventory's view of the allocation, if it is newer than the one applied already.</summary>
    public OrderStatusChange? ApplyAllocation(
        int version, IReadOnlyDictionary<int, int> allocatedByLine, IEnumerable<string> locations, DateTimeOffset at, string actor)
    {
        if (!IsOpen || version <= AllocationVersion) return null;
        AllocationVersion = version;
        ShipFrom = string.Join(",", locations.Distinct().Order(StringComparer.Ordinal));
        foreach (var line in Lines)
        {
            line.Allocated = allocatedByLine.TryGetValue(line.LineNumber, out var allocated) ? allocated : 0;
        }

        return ChangeStatus(DeriveStatus(Lines), at, actor, reason: null);
    }

    /// <summary>Still waiting for stock or the warehouse: not cancelled, not (even partly) on its way.</summary>
    public bool IsOpen => Status is not (OrderStatus.Cancelled or OrderStatus.PartiallyShipped or OrderStatus.Shipped or OrderStatus.Delivered);

    private IReadOnlyList<string> Locations => ShipFrom.Split(',', StringSplitOptions.RemoveEmptyEntries);

    private OrderShipment ShipmentFrom(string location)
    {
        var shipment = Shipments.FirstOrDefault(s => s.Location == location);
        if (shipment is null) Shipments.Add(shipment = new OrderShipment { OrderId = Id, Location = location });
        return shipment;
    }

    /// <summary>
    /// A carrier has the part shipping from <paramref name="location"/>: the order is shipped when every location it
    /// ships from has handed its part over, partly shipped before that.
    /// </summary>
    public OrderStatusChange? MarkShipped(string location, DateTimeOffset at, string actor, string detail)
    {
        if (Status is OrderStatus.Cancelled or OrderStatus.Delivered) return null;
        ShipmentFrom(location).ShippedAt ??= at;
        var all = Locations.All(l => Shipments.Any(s => s.Location == l && s.ShippedAt is not null));
        return ChangeStatus(all ? OrderStatus.Shipped : OrderStatus.PartiallyShipped, at, actor, detail);
    }

    /// <summary>The labels from <paramref name="location"/> were voided before the carrier had the parcels.</summary>
    public OrderStatusChange? MarkUnshipped(string location, DateTimeOffset at, string actor)
    {
        if (Status is not (OrderStatus.Shipped or OrderStatus.PartiallyShipped)) return null;
        ShipmentFrom(location).ShippedAt = null;
        var anyShipped = Shipments.Any(s => s.ShippedAt is not null);
        return ChangeStatus(anyShipped ? OrderStatus.PartiallyShipped : DeriveStatus(Lines), at, actor, "labels voided");
    }

    /// <summary>Delivered when the parts from every location are.</summary>
    public OrderStatusChange? MarkDelivered(string location, DateTimeOffset at, string actor, string detail)
    {
        if (Status is OrderStatus.Cancelled or OrderStatus.Delivered) return null;
        var shipment = ShipmentFrom(location);
        shipment.ShippedAt ??= at;
        shipment.DeliveredAt ??= at;
        var all = Locations.All(l => Shipments.Any(s => s.Location == l && s.DeliveredAt is not null));
        return all ? ChangeStatus(OrderStatus.Delivered, at, actor, detail) : null;
    }

    public OrderStatusChange? Cancel(string? reason, DateTimeOffset at, string actor)
    {
        if (Status is OrderStatus.Cancelled || !IsOpen) return null;
        CancellationReason = reason;
        foreach (var line in Lines) line.Allocated = 0;
        return ChangeStatus(OrderStatus.Cancelled, at, actor, reason);
    }

    public static OrderStatus DeriveStatus(IReadOnlyCollection<OrderLine> lines)
    {
        var allocated = lines.Sum(l => l.Allocated);
        if (allocated == 0) return OrderStatus.Backordered;
        return lines.All(l => l.Allocated >= l.Quantity) ? OrderStatus.Allocated : OrderStatus.PartiallyAllocated;
    }

    private OrderStatusChange? ChangeStatus(OrderStatus to, DateTimeOffset at, string actor, string? reason)
    {
        UpdatedAt = at;
        Revision++;
        if (to == Status) return null;
        var change = new OrderStatusChange { OrderId = Id, From = Status, To = to, At = at, Actor = actor, Reason = reason };
        Status = to;
        History.Add(change);
        return change;
    }
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
}

/// <summary>The part of an order shipping from one location: when a carrier took it and when it was delivered.</summary>
public sealed class OrderShipment
{
    public Guid OrderId { get; init; }
    public required string Location { get; init; }
    public DateTimeOffset? ShippedAt { get; set; }
    public DateTimeOffset? DeliveredAt { get; set; }
}
