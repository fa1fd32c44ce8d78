using Commerce.Kernel.Auditing;
using Commerce.Orders.Contracts;
using Commerce.Orders.Data;
using Commerce.Orders.Domain;
using Microsoft.Extensions.Logging;
using Wolverine;

namespace Commerce.Orders.Features.Refunds;

public static class RefundOrderHandler
{
    /// <summary>
    /// Records a refund decided here when <see cref="RefundRules"/> allow it, and tells the order's channel, in one
    /// transaction. A request key seen before answers with its refund when the request is the same, and is refused when
    /// it is not.
    /// </summary>
    public static async Task<(RefundOrderAnswer, OutgoingMessages)> Handle(
        RefundOrder command, OrdersDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var order = await OrderRefunds.LoadAsync(db, o => o.Id == command.OrderId, cancellationToken);
        if (order is null) return (Answer(RefundOrderOutcome.NotFound), []);
        if (command.RequestKey is { } key && order.Refunds.FirstOrDefault(r => r.RequestKey == key) is { } earlier)
        {
            return SameRequest(order, earlier, command)
                ? (Answer(RefundOrderOutcome.AlreadyRefunded, earlier.Id), [])
                : (Answer(RefundOrderOutcome.KeyReused, earlier.Id), []);
        }

        var problems = RefundRules.Check(order, command.Amount, command.Lines);
        if (problems.Count > 0) return (new RefundOrderAnswer(RefundOrderOutcome.Rejected, null, problems), []);

        var refund = new OrderRefund
        {
            OrderId = order.Id, Amount = command.Amount, Currency = order.Currency, Reason = command.Reason, Origin = RefundOrigin.Here,
            RequestKey = command.RequestKey, At = clock.GetUtcNow(), Actor = Actor.Current,
        };
        order.AddRefund(refund, command.Lines);
        return (Answer(RefundOrderOutcome.Refunded, refund.Id),
        [
            new ChannelOrderRefunded(order.Channel, order.ExternalId, order.Id, refund.Id, refund.Amount, refund.Currency, refund.Reason,
                refund.At, refund.RefundedLines()),
        ]);
    }

    private static RefundOrderAnswer Answer(RefundOrderOutcome outcome, Guid? refundId = null) => new(outcome, refundId, []);

    private static bool SameRequest(Order order, OrderRefund earlier, RefundOrder command) =>
        earlier.Amount == command.Amount
        && string.Equals(earlier.Reason, command.Reason, StringComparison.Ordinal)
        && RefundRules.Lines(order, earlier.Id, command.Lines).Select(l => (l.LineNumber, l.Quantity)).Order()
            .SequenceEqual(earlier.Lines.Select(l => (l.LineNumber, l.Quantity)).Order());
}

public static class RecordChannelRefundHandler
{
    /// <summary>
    /// The channel refunded the customer itself: recorded once per channel refund id, whatever it came to (the channel
    /// may have refunded shipping or tax, which our total does not hold), and not sent back to the channel.
    /// </summary>
    public static async Task Handle(
        RecordChannelRefund command, OrdersDbContext db, ILogger<RecordChannelRefund> logger, CancellationToken cancellationToken)
    {
        var order = await OrderRefunds.LoadAsync(db, o => o.Channel == command.Channel && o.ExternalId == command.ExternalId, cancellationToken);
        if (order is null)
        {
            logger.LogInformation("{Channel} refunded order {ExternalId}, which was never placed here: not recorded.", command.Channel, command.ExternalId);
            return;
        }

        if (order.Refunds.Any(r => r.ChannelRefundId == command.ChannelRefundId)) return;
        var refund = new OrderRefund
        {
            OrderId = order.Id, Amount = command.Amount, Currency = string.IsNullOrWhiteSpace(command.Currency) ? order.Currency : command.Currency,
            Reason = command.Reason, Origin = RefundOrigin.Channel,
            ChannelRefundId = command.ChannelRefundId, At = command.At, Actor = $"channel:{command.Channel}",
        };
        order.AddRefund(refund, command.Lines);
    }
}
