using Commerce.Kernel;
using Commerce.Orders.Contracts;

namespace Commerce.Orders.Domain;

/// <summary>
/// What may be refunded on an order: never more money than it came to, nor more units of a line than it has, counting
/// every refund made so far here and by the channel.
/// </summary>
public static class RefundRules
{
    /// <summary>What was refunded in the order's currency (a channel may have refunded in another, which is not counted).</summary>
    public static decimal Refunded(Order order) => order.Refunds.Where(r => r.Currency == order.Currency).Sum(r => r.Amount);

    public static decimal Refundable(Order order) => Math.Max(0, order.Total - Refunded(order));

    public static int RefundedUnits(Order order, int lineNumber) =>
        order.Refunds.SelectMany(r => r.Lines).Where(l => l.LineNumber == lineNumber).Sum(l => l.Quantity);

    /// <summary>Every rule the refund breaks, naming the request's field; empty when it may be made.</summary>
    public static IReadOnlyList<RefundProblem> Check(Order order, decimal amount, IReadOnlyList<RefundLineRequest> lines)
    {
        var problems = new List<RefundProblem>();
        var refundable = Refundable(order);
        if (amount <= 0) problems.Add(new RefundProblem("amount", "must be more than 0."));
        else if (amount > refundable)
        {
            problems.Add(new RefundProblem("amount", refundable == 0
                ? $"Nothing is left to refund: the order's {Money(order, order.Total)} has been refunded in full."
                : $"must be at most {Money(order, refundable)}: the order's {Money(order, order.Total)} less {Money(order, Refunded(order))} refunded already."));
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var requested = lines[i];
            var line = order.Lines.FirstOrDefault(l => l.LineNumber == requested.LineNumber);
            if (line is null) problems.Add(new RefundProblem($"lines[{i}].lineNumber", $"The order has no line {requested.LineNumber}."));
            else if (lines.Take(i).Any(l => l.LineNumber == requested.LineNumber))
                problems.Add(new RefundProblem($"lines[{i}].lineNumber", $"Line {requested.LineNumber} is named twice."));
            else if (requested.Quantity <= 0) problems.Add(new RefundProblem($"lines[{i}].quantity", "must be more than 0."));
            else
            {
                var refunded = RefundedUnits(order, line.LineNumber);
                var left = line.Quantity - refunded;
                if (requested.Quantity > left)
                {
                    problems.Add(new RefundProblem($"lines[{i}].quantity", left <= 0
                        ? $"Every unit of line {line.LineNumber} has been refunded."
                        : $"must be at most {left}: line {line.LineNumber} has {line.Quantity} units, {refunded} refunded already."));
                }
            }
        }

        return problems;
    }

    /// <summary>The order's lines as refunded units; line numbers the order does not have are left out.</summary>
    public static List<OrderRefundLine> Lines(Order order, Guid refundId, IEnumerable<RefundLineRequest> lines) =>
        lines.Where(r => r.Quantity > 0)
            .GroupBy(r => r.LineNumber)
            .Join(order.Lines, g => g.Key, l => l.LineNumber, (g, l) => new OrderRefundLine
            {
                RefundId = refundId, LineNumber = l.LineNumber, Sku = l.Sku, Quantity = g.Sum(r => r.Quantity),
            })
            .ToList();

    private static string Money(Order order, decimal amount) => new Money(amount, order.Currency).ToString();
}
