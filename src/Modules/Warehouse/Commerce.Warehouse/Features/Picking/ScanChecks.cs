using Commerce.Warehouse.Data;
using Commerce.Warehouse.Domain.Layout;
using Commerce.Warehouse.Domain.Picking;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Warehouse.Features.Picking;

/// <summary>The checks every scan at a bin passes before anything is recorded.</summary>
internal static class ScanChecks
{
    public static async Task<(PickList? List, PickLine? Line, Bin? Bin, FloorRefusal? Refusal)> AtBinAsync(
        WarehouseDbContext db, Guid listId, Guid lineId, string binScan, string picker, CancellationToken cancellationToken)
    {
        var list = await db.PickLists.Include(l => l.Lines).SingleOrDefaultAsync(l => l.Id == listId, cancellationToken);
        if (list is null) return (null, null, null, FloorRefusal.NotFound("Pick list", listId));
        var line = list.Lines.FirstOrDefault(l => l.Id == lineId);
        if (line is null) return (list, null, null, FloorRefusal.NotFound("Pick line", lineId));
        if (line.Status != PickLineStatus.Open)
        {
            return (list, line, null, FloorRefusal.Conflict("The line is not open.", line.Status == PickLineStatus.Removed
                ? "The line was taken off the list (its order was cancelled or its stock moved)."
                : $"The line is already {line.Status.ToString().ToLowerInvariant()}, by {line.ConfirmedBy}."));
        }

        if (list.Picker is not null && list.Picker != picker)
            return (list, line, null, FloorRefusal.Conflict("Another picker has this list.", $"The list is being picked by {list.Picker}."));

        var bin = await db.Bins.AsNoTracking().SingleAsync(b => b.Id == line.BinId, cancellationToken);
        if (!bin.IsScannedAs(binScan))
        {
            return (list, line, bin, FloorRefusal.Unprocessable("Wrong bin.",
                $"This line is picked from bin {bin.Code}; the scan '{binScan}' is not that bin."));
        }

        return (list, line, bin, null);
    }
}
