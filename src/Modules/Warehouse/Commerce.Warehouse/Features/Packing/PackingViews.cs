using Commerce.Warehouse.Domain.Packages;

namespace Commerce.Warehouse.Features.Packing;

public sealed record PackingView(
    Guid OrderId, string Location, bool ReadyToPack, string? NotReadyBecause, bool Packed,
    IReadOnlyList<PackingLineView> Lines, IReadOnlyList<SuggestedPackage> Suggestion, IReadOnlyList<string> Unpackable,
    IReadOnlyList<PackageView> Packages);

public sealed record PackingLineView(int LineNumber, string Sku, string? Barcode, int Picked, int Packed);

/// <summary>A box the packing plan proposes, and what goes in it.</summary>
public sealed record SuggestedPackage(string Box, decimal GrossWeightLb, decimal BillableWeightLb, IReadOnlyList<SuggestedItem> Items);

public sealed record SuggestedItem(int LineNumber, string Sku, int Quantity);

public sealed record PackageView(
    Guid Id, string Box, decimal LengthIn, decimal WidthIn, decimal HeightIn, decimal GrossWeightLb, decimal BillableWeightLb,
    bool Sealed, IReadOnlyList<SuggestedItem> Items);

internal static class PackingViews
{
    public static PackageView ToView(Package p) =>
        new(p.Id, p.BoxCode, p.LengthIn, p.WidthIn, p.HeightIn, p.GrossWeightLb, p.BillableWeightLb, p.Sealed,
            p.Items.OrderBy(i => i.OrderLineNumber).Select(i => new SuggestedItem(i.OrderLineNumber, i.Sku, i.Quantity)).ToList());
}
