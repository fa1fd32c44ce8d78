using Commerce.Orders.Contracts;

namespace Commerce.Orders.Domain;

/// <summary>Money given back on an order: decided here, or made by the channel itself and recorded here.</summary>
public sealed class OrderRefund
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid OrderId { get; init; }
    public decimal Amount { get; init; }
    public required string Currency { get; init; }
    public string? Reason { get; init; }
    public RefundOrigin Origin { get; init; }
    /// <summary>The caller's idempotency key, for a refund decided here: the same key yields this refund again.</summary>
    public string? RequestKey { get; init; }
    /// <summary>The channel's id, for a refund the channel made.</summary>
    public string? ChannelRefundId { get; init; }
    public DateTimeOffset At { get; init; }
    public required string Actor { get; init; }
    public List<OrderRefundLine> Lines { get; init; } = [];

    /// <summary>The refunded units as the contracts name them, by line number.</summary>
    public List<RefundedLine> RefundedLines() =>
        Lines.OrderBy(l => l.LineNumber).Select(l => new RefundedLine(l.LineNumber, l.Sku, l.Quantity)).ToList();
}

/// <summary>Units of an order line the refund is for.</summary>
public sealed class OrderRefundLine
{
    public Guid RefundId { get; init; }
    public int LineNumber { get; init; }
    public required string Sku { get; init; }
    public int Quantity { get; init; }
}

public enum RefundOrigin
{
    /// <summary>Decided here; the channel is told.</summary>
    Here,
    /// <summary>The channel refunded the customer itself.</summary>
    Channel,
}
