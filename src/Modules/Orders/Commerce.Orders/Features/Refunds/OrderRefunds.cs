using System.Linq.Expressions;
using Commerce.Orders.Data;
using Commerce.Orders.Domain;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Orders.Features.Refunds;

internal static class OrderRefunds
{
    /// <summary>An order with what refunds are checked against: its lines and its refunds so far.</summary>
    public static Task<Order?> LoadAsync(OrdersDbContext db, Expression<Func<Order, bool>> which, CancellationToken cancellationToken) =>
        db.Orders.Include(o => o.Lines).Include(o => o.Refunds).ThenInclude(r => r.Lines).AsSplitQuery()
            .SingleOrDefaultAsync(which, cancellationToken);
}
