using Commerce.Inventory.Contracts;
using Commerce.Warehouse.Contracts;
using Commerce.Warehouse.Data;
using Commerce.Warehouse.Features.Layout;
using Commerce.Warehouse.Features.Picking;
using Microsoft.EntityFrameworkCore;
using Wolverine;

namespace Commerce.Warehouse.Features.Tasks;

public sealed record RecordCount(Guid CountTaskId, string BinScan, int Counted, string CountedBy);

public sealed record CountOutcome(CountTaskView? Task, FloorRefusal? Refusal);

public static class RecordCountHandler
{
    /// <summary>
    /// The bin now holds what was counted; Inventory hears of the count (through the outbox, in the same transaction) and
    /// adjusts the location's stock by the difference, reason "count".
    /// </summary>
    public static async Task<(CountOutcome, OutgoingMessages)> Handle(
        RecordCount command, WarehouseDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var task = await db.CountTasks.SingleOrDefaultAsync(t => t.Id == command.CountTaskId, cancellationToken);
        if (task is null) return (new CountOutcome(null, FloorRefusal.NotFound("Count task", command.CountTaskId)), []);
        if (task.Done)
            return (new CountOutcome(null, FloorRefusal.Conflict("Already counted.", $"{task.CountedBy} counted {task.Counted} units.")), []);
        var bin = await SlottingEndpoints.FindBinAsync(db, task.Location, task.BinCode, cancellationToken);
        if (bin is null || !bin.IsScannedAs(command.BinScan))
        {
            return (new CountOutcome(null, FloorRefusal.Unprocessable("Wrong bin.",
                $"The count is for bin {task.BinCode}; the scan '{command.BinScan}' is not that bin.")), []);
        }

        var stock = await SlottingEndpoints.FindOrAddStockAsync(db, bin, task.Sku, cancellationToken);
        var expected = stock.Quantity;
        var now = clock.GetUtcNow();
        stock.SetCounted(command.Counted);
        task.Record(command.Counted, command.CountedBy, now);
        // Inventory applies the variance (and gives way on reservations when units are missing).
        OutgoingMessages messages = [new CountRecorded(task.Location, task.Sku, bin.Code, expected, command.Counted, now)];
        return (new CountOutcome(TaskEndpoints.ToView(task), null), messages);
    }
}
