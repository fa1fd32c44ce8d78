using Commerce.Warehouse.Contracts;
using Commerce.Warehouse.Data;
using Commerce.Warehouse.Domain.Packing;
using Commerce.Warehouse.Features.Picking;
using Microsoft.Extensions.Options;
using Wolverine;

namespace Commerce.Warehouse.Features.Packing;

/// <summary>Finish packing an order at a location.</summary>
public sealed record CompletePacking(Guid OrderId, string Location);

public sealed record PackingOutcome(FloorRefusal? Refusal);

public static class CompletePackingHandler
{
    /// <summary>
    /// Every picked unit must be in a box. Seals the packages with their billable weight and publishes
    /// <see cref="OrderPacked"/> in the same transaction. Empty boxes opened by mistake are dropped.
    /// </summary>
    public static async Task<(PackingOutcome, OutgoingMessages)> Handle(
        CompletePacking command, WarehouseDbContext db, TimeProvider clock, IOptions<WarehouseOptions> options,
        CancellationToken cancellationToken)
    {
        var (state, refusal) = await PackingState.LoadAsync(db, command.Location, command.OrderId, cancellationToken);
        if (refusal is not null) return (new PackingOutcome(refusal), []);
        if (state!.WhyNotReady() is { } why) return (new PackingOutcome(FloorRefusal.Conflict("Not ready to pack.", why)), []);
        var overPacked = state.LinesHere.Where(l => state.PackedOf(l.LineNumber) > state.PickedOf(l.LineNumber)).Select(l => l.Sku).ToList();
        if (overPacked.Count > 0)
        {
            return (new PackingOutcome(FloorRefusal.Conflict("More packed than picked.",
                $"The boxes hold more units of {string.Join(", ", overPacked)} than were picked; take the extra out.")), []);
        }

        var unpacked = state.LinesHere.Where(l => state.PackedOf(l.LineNumber) < state.PickedOf(l.LineNumber))
            .Select(l => $"{state.PickedOf(l.LineNumber) - state.PackedOf(l.LineNumber)} × {l.Sku}").ToList();
        if (unpacked.Count > 0)
            return (new PackingOutcome(FloorRefusal.Conflict("Units are not packed yet.", $"Still to pack: {string.Join(", ", unpacked)}.")), []);

        foreach (var empty in state.Packages.Where(p => p.Items.Count == 0).ToList())
        {
            db.Packages.Remove(empty);
            state.Packages.Remove(empty);
        }

        if (state.Packages.Count == 0)
            return (new PackingOutcome(FloorRefusal.Conflict("Nothing packed.", "No box holds any unit of this order.")), []);

        var now = clock.GetUtcNow();
        state.Order.Touch();
        foreach (var package in state.Packages)
        {
            package.Seal(BillableWeight.Of(new Dimensions(package.LengthIn, package.WidthIn, package.HeightIn),
                package.GrossWeightLb, options.Value.DimDivisor));
        }

        state.Work!.MarkPacked(now);
        state.Work.Touch();
        var order = state.Order;
        var packed = new OrderPacked(command.OrderId, command.Location, now, order.Channel!, order.ExternalId!, order.ServiceLevel!,
            order.PlacedAt!.Value,
            new PackedShipTo(order.ShipToName!, order.ShipToLine1!, order.ShipToLine2, order.ShipToCity!, order.ShipToRegion,
                order.ShipToPostalCode!, order.ShipToCountryCode!),
            state.Packages.OrderBy(p => p.Id).Select(p =>
            new PackedPackage(p.Id, p.BoxCode, p.LengthIn, p.WidthIn, p.HeightIn, p.GrossWeightLb,
                p.Items.OrderBy(i => i.OrderLineNumber).Select(i => new PackedItem(i.OrderLineNumber, i.Sku, i.Quantity)).ToList()))
            .ToList());
        return (new PackingOutcome(null), [packed]);
    }
}
