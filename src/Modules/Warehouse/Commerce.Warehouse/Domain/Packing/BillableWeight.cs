namespace Commerce.Warehouse.Domain.Packing;

/// <summary>The weight a parcel carrier bills for a package.</summary>
internal static class BillableWeight
{
    /// <summary>
    /// Carrier rule (UPS/FedEx/USPS style): dimensions rounded to the nearest whole inch, dimensional weight =
    /// L×W×H ÷ divisor rounded UP to the next whole lb, actual weight rounded UP to the next whole lb;
    /// billable = max of the two.
    /// </summary>
    public static decimal Of(Dimensions outer, decimal actualWeight, decimal divisor)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(divisor);
        var cubicInches = WholeInches(outer.Length) * WholeInches(outer.Width) * WholeInches(outer.Height);
        var dimensional = Math.Ceiling(cubicInches / divisor);
        return Math.Max(dimensional, Math.Ceiling(actualWeight));
    }

    // Carriers round a half inch up (12.5 in bills as 13 in); banker's rounding would bill it as 12.
    private static decimal WholeInches(decimal side) => Math.Round(side, MidpointRounding.AwayFromZero);
}
