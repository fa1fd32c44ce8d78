using Commerce.Inventory.Contracts;
using Commerce.Warehouse.Data;
using Commerce.Warehouse.Domain.Picking;
using Commerce.Warehouse.Domain.Tasks;
using Commerce.Warehouse.Features.Release;
using Microsoft.EntityFrameworkCore;
using Wolverine;

namespace Commerce.Warehouse.Features.Picking;

/// <summary>A picker found only <see cref="Found"/> of a line's remaining units in its bin.</summary>
public sealed record RecordShortPick(Guid PickListId, Guid LineId, string BinScan, int Found, string Picker);

public sealed record ShortPickOutcome(PickListView? List, FloorRefusal? Refusal);

public static class RecordShortPickHandler
{
    /// <summary>
    /// Records the shortage, corrects the bin, raises a count task for it and tells Inventory, in one transaction. The
    /// missing units are sent for again from other bins of the location when they hold the SKU; otherwise Inventory's
    /// re-allocation decides (another location, or a backorder) and the floor follows it. Never shipped short silently.
    /// </summary>
    public static async Task<(ShortPickOutcome, OutgoingMessages)> Handle(
        RecordShortPick command, WarehouseDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (list, line, bin, refusal) = await ScanChecks.AtBinAsync(
            db, command.PickListId, command.LineId, command.BinScan, command.Picker, cancellationToken);
        if (refusal is not null) return (new ShortPickOutcome(null, refusal), []);
        if (command.Found >= line!.Remaining)
        {
            return (new ShortPickOutcome(null, FloorRefusal.Unprocessable("Not short.",
                $"{command.Found} found covers the {line.Remaining} units to pick: scan them instead.")), []);
        }

        var now = clock.GetUtcNow();
        list!.ClaimFor(command.Picker);
        var missing = line.ReportShort(command.Found, command.Picker, now);
        var stock = await db.BinStock.SingleAsync(s => s.BinId == line.BinId && s.Sku == line.Sku, cancellationToken);
        if (command.Found > 0) stock.Pick(command.Found);
        stock.WriteOff(missing, uncommit: missing);
        db.CountTasks.Add(new CountTask
        {
            Location = list.Location, BinCode = bin!.Code, Sku = line.Sku, CreatedAt = now,
            Reason = $"Short pick: {missing} of {line.Sku} missing for order {line.OrderId}",
        });

        await SendForMoreAsync(db, list, line, missing, cancellationToken);
        var map = await FloorMap.LoadAsync(db, list.Location, cancellationToken);
        if (map is not null && list.OpenLines.Any()) list.Route(map.Routing, map.Locate);
        list.CompleteIfDone(now);

        return (new ShortPickOutcome(PickListViews.ToView(list), null),
            [new ReportShortPick(line.Id, line.OrderId, line.OrderLineNumber, line.Sku, list.Location, bin.Code, missing)]);
    }

    private static async Task SendForMoreAsync(
        WarehouseDbContext db, PickList list, PickLine shortLine, int missing, CancellationToken cancellationToken)
    {
        var others = await db.BinStock
            .Where(s => s.Location == list.Location && s.Sku == shortLine.Sku && s.BinId != shortLine.BinId && s.Quantity > s.Committed)
            .OrderByDescending(s => s.Quantity - s.Committed)
            .ToListAsync(cancellationToken);
        if (others.Count == 0) return;
        var binCodes = await db.Bins.Where(b => others.Select(o => o.BinId).Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Code, cancellationToken);
        var item = new ItemFacts(shortLine.ItemBarcode, shortLine.LengthIn, shortLine.WidthIn, shortLine.HeightIn, shortLine.WeightLb);
        foreach (var stock in others)
        {
            if (missing == 0) break;
            var take = Math.Min(missing, stock.Free);
            stock.Commit(take);
            list.Lines.Add(PickLine.Create(list.Location, shortLine.OrderId, shortLine.OrderLineNumber, shortLine.Sku, take,
                stock.BinId, binCodes[stock.BinId], shortLine.Tote, item));
            missing -= take;
        }
    }
}
