using Commerce.Inventory.Contracts;
using Commerce.Inventory.Data;
using Commerce.Inventory.Domain;
using Commerce.Inventory.Features.Allocation;
using Commerce.Kernel.Auditing;
using Microsoft.EntityFrameworkCore;
using Wolverine;

namespace Commerce.Inventory.Features.Stock;

public static class AdjustStockHandler
{
    /// <summary>Corrects on hand; never below what is reserved. Found units go to waiting backorders.</summary>
    public static async Task<(StockChangeOutcome, OutgoingMessages)> Handle(
        AdjustStock command, InventoryDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (level, refusal) = await StockLevels.FindOrCreateLevel(db, command.Sku, command.Location, cancellationToken);
        if (level is null) return (new StockChangeOutcome(null, refusal), []);
        if (level.OnHand + command.Delta < level.Reserved)
            return (new StockChangeOutcome(StockLevels.ToView(level, command.Sku, command.Location), StockChangeRefusal.BelowReserved), []);

        var now = clock.GetUtcNow();
        db.Ledger.Add(level.Adjust(command.Delta, command.Reason, Actor.Current, now));
        var filled = command.Delta > 0
            ? await Allocator.FillBackordersAsync(db, [level.SkuId], Actor.Current, now, cancellationToken)
            : [];
        return (new StockChangeOutcome(StockLevels.ToView(level, command.Sku, command.Location), null), [.. filled]);
    }
}
