namespace Commerce.Orders.Contracts;

/// <summary>An order was accepted from a channel and recorded.</summary>
public sealed record OrderPlaced(
    Guid OrderId, string Channel, string ExternalId, string CustomerEmail, DateTimeOffset PlacedAt,
    IReadOnlyList<OrderPlacedLine> Lines);

public sealed record OrderPlacedLine(int LineNumber, string Sku, int Quantity, decimal UnitPrice, string Currency);

/// <summary>The order's fulfilment status changed (allocated, partly allocated, backordered, cancelled).</summary>
public sealed record OrderStatusChanged(Guid OrderId, string From, string To, DateTimeOffset At, string Actor);

/// <summary>The order was cancelled; its reservations are being released.</summary>
public sealed record OrderCancelled(Guid OrderId, string? Reason, DateTimeOffset At);

/// <summary>
/// Place an order from a channel. Idempotent on (<see cref="Channel"/>, <see cref="ExternalId"/>): placing the same
/// order again returns the one already placed. Answered with <see cref="OrderAccepted"/>.
/// </summary>
public sealed record PlaceOrder(
    string Channel, string ExternalId, OrderCustomer Customer, OrderAddress ShippingAddress, string ServiceLevel,
    IReadOnlyList<OrderLineRequest> Lines);

public sealed record OrderCustomer(string Name, string Email, string? Phone);

public sealed record OrderAddress(
    string Name, string Line1, string? Line2, string City, string? Region, string PostalCode, string CountryCode);

public sealed record OrderLineRequest(string Sku, int Quantity, decimal UnitPrice, string Currency);

/// <summary><see cref="Created"/> is false when the order had been placed before.</summary>
public sealed record OrderAccepted(Guid OrderId, bool Created);

/// <summary>Cancel an order and release its stock. Answered with <see cref="CancelOrderOutcome"/>.</summary>
public sealed record CancelOrder(Guid OrderId, string? Reason);

public enum CancelOrderOutcome
{
    Cancelled,
    AlreadyCancelled,
    NotFound,
}
