using Commerce.Warehouse.Contracts;
using Commerce.Warehouse.Data;
using Commerce.Warehouse.Domain.Tasks;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Warehouse.Features.Tasks;

public static class RequestCountHandler
{
    /// <summary>A count task for each bin holding the SKU, unless one is open already.</summary>
    public static async Task Handle(RequestCount request, WarehouseDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var bins = await db.BinStock.Where(s => s.Location == request.Location && s.Sku == request.Sku && s.Quantity > 0)
            .Join(db.Bins, s => s.BinId, b => b.Id, (s, b) => b.Code)
            .ToListAsync(cancellationToken);
        var open = await db.CountTasks.Where(t => t.Location == request.Location && t.Sku == request.Sku && t.CountedAt == null)
            .Select(t => t.BinCode).ToListAsync(cancellationToken);
        foreach (var bin in bins.Except(open))
        {
            db.CountTasks.Add(new CountTask
            {
                Location = request.Location, BinCode = bin, Sku = request.Sku, Reason = request.Reason, CreatedAt = clock.GetUtcNow(),
            });
        }
    }
}
