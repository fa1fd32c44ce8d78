namespace Commerce.Warehouse.Domain.Packing;

/// <summary>The boxes an order (or one part of a split) goes into, and the items no box in the catalog can take.</summary>
internal sealed record PackingPlan(IReadOnlyList<PlannedPackage> Packages, IReadOnlyList<PackItem> Unpackable)
{
    public decimal TotalBillableWeight => Packages.Sum(p => p.BillableWeight);

    public decimal TotalBoxCost => Packages.Sum(p => p.Box.Cost);
}
