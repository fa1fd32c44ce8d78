using Commerce.Kernel.Auditing;

namespace Commerce.Orders.Domain;

/// <summary>One step of an order's status history.</summary>
[NotAudited]
public sealed class OrderStatusChange
{
    public long Id { get; init; }
    public Guid OrderId { get; init; }
    public OrderStatus? From { get; init; }
    public OrderStatus To { get; init; }
    public DateTimeOffset At { get; init; }
    public required string Actor { get; init; }
    public string? Reason { get; init; }
}
