using Commerce.Inventory.Data;
using Commerce.Inventory.Domain;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Inventory.Features.Control;

/// <summary>Demand as the ledger records it: units shipped per SKU per location per day (days without shipments count as zero).</summary>
internal static class DemandHistory
{
    public static async Task<Dictionary<(Guid SkuId, Guid LocationId), decimal[]>> DailyAsync(
        InventoryDbContext db, Guid? locationId, int days, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var first = today.AddDays(-(days - 1));
        var from = new DateTimeOffset(first.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var shipped = await db.Ledger.AsNoTracking()
            .Where(m => (m.Kind == MovementKind.Shipment || m.Kind == MovementKind.ShipmentReversal) && m.At >= from
                        && (locationId == null || m.LocationId == locationId))
            .Select(m => new { m.SkuId, m.LocationId, m.At, m.OnHandDelta })
            .ToListAsync(cancellationToken);
        var series = new Dictionary<(Guid, Guid), decimal[]>();
        foreach (var movement in shipped)
        {
            var key = (movement.SkuId, movement.LocationId);
            if (!series.TryGetValue(key, out var daily)) series[key] = daily = new decimal[days];
            var day = DateOnly.FromDateTime(movement.At.UtcDateTime).DayNumber - first.DayNumber;
            if (day >= 0 && day < days) daily[day] -= movement.OnHandDelta;
        }

        return series;
    }
}
