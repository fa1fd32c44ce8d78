using Commerce.Inventory.Contracts;
using Commerce.Inventory.Data;
using Commerce.Inventory.Domain;
using Commerce.Inventory.Features.Allocation;
using Commerce.Kernel.Auditing;
using Microsoft.EntityFrameworkCore;
using Wolverine;

namespace Commerce.Inventory.Features.Stock;

public static class ReceiveStockHandler
{
    /// <summary>Adds units at a location and fills that SKU's waiting backorders, oldest order first.</summary>
    public static async Task<(StockChangeOutcome, OutgoingMessages)> Handle(
        ReceiveStock command, InventoryDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (level, refusal) = await StockLevels.FindOrCreateLevel(db, command.Sku, command.Location, cancellationToken);
        if (level is null) return (new StockChangeOutcome(null, refusal), []);

        var now = clock.GetUtcNow();
        db.Ledger.Add(level.Receive(command.Quantity, command.Reference, Actor.Current, now));
        var filled = await Allocator.FillBackordersAsync(db, [level.SkuId], Actor.Current, now, cancellationToken);
        return (new StockChangeOutcome(StockLevels.ToView(level, command.Sku, command.Location), null), [.. filled]);
    }
}
