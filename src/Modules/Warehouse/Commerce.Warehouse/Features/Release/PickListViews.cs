using Commerce.Warehouse.Domain.Picking;

namespace Commerce.Warehouse.Features.Release;

internal static class PickListViews
{
    public static PickListView ToView(PickList list) =>
        new(list.Id, list.Location, list.Strategy.ToString(), list.Zone, list.WaveId, list.Status.ToString(), list.RouteMethod,
            list.RouteLength, list.Picker, list.CreatedAt, list.CompletedAt,
            list.Lines.OrderBy(l => l.Sequence).ThenBy(l => l.Id)
                .Select(l => new PickLineView(l.Id, l.Sequence, l.OrderId, l.OrderLineNumber, l.Tote, l.Sku, l.ItemBarcode,
                    l.BinCode, l.Quantity, l.Picked, l.Short, l.Status.ToString()))
                .ToList());
}
