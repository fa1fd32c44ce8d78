using Commerce.Inventory.Data;
using Commerce.Inventory.Domain;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Inventory.Features.Control;

/// <summary>
/// Demand as the ledger records it: units shipped per SKU per location per complete day, the last <c>days</c> days before
/// today (days without shipments count as zero).
/// </summary>
internal static class DemandHistory
{
    public static async Task<Dictionary<(Guid SkuId, Guid LocationId), decimal[]>> DailyAsync(
        InventoryDbContext db, Guid? locationId, int days, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Complete days only: today's partial demand would drag the forecast down early in the day.
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var first = today.AddDays(-days);
        var from = new DateTimeOffset(first.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var until = new DateTimeOffset(today.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var shipped = await db.Ledger.AsNoTracking()
            .Where(m => (m.Kind == MovementKind.Shipment || m.Kind == MovementKind.ShipmentReversal) && m.At >= from && m.At < until
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

        // A return booked on a later day than its shipment must not make a day's demand negative.
        foreach (var daily in series.Values)
        {
            for (var i = 0; i < daily.Length; i++) daily[i] = Math.Max(0, daily[i]);
        }

        return series;
    }
}
