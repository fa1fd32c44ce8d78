using Commerce.Inventory.Contracts;
using Commerce.Warehouse.Data;
using Microsoft.EntityFrameworkCore;
using Wolverine;

namespace Commerce.Warehouse.Features.Layout;

/// <summary>Units go into a bin; <see cref="Receive"/>: they are new arrivals Inventory must count too.</summary>
public sealed record PutAwayUnits(Guid BinId, string Sku, int Quantity, bool Receive, string Reference);

public static class PutAwayUnitsHandler
{
    /// <summary>The bin's quantity and Inventory's receipt commit together (the receipt leaves through the outbox).</summary>
    public static async Task<(BinStockView, OutgoingMessages)> Handle(
        PutAwayUnits command, WarehouseDbContext db, CancellationToken cancellationToken)
    {
        var bin = await db.Bins.SingleAsync(b => b.Id == command.BinId, cancellationToken);
        var stock = await SlottingEndpoints.FindOrAddStockAsync(db, bin, command.Sku, cancellationToken);
        stock.Add(command.Quantity);
        OutgoingMessages messages = command.Receive
            ? [new ReceiveStock(command.Sku, bin.Location, command.Quantity, command.Reference)]
            : [];
        return (new BinStockView(bin.Code, stock.Sku, stock.Quantity, stock.Committed, stock.Free), messages);
    }
}
