namespace Commerce.Inventory.Domain.Control;

/// <summary>
/// Cumulative-share cut-offs of an ABC analysis, in percent of the total value: with (80, 95) the items making up the
/// first 80 % of value are A, those up to 95 % are B, the rest C. Requires 0 &lt; A &lt; B &lt;= 100.
/// </summary>
internal sealed record AbcCutoffs(decimal A, decimal B)
{
    /// <summary>The classic 80 / 95 split (80 % of value in A, the next 15 % in B, the last 5 % in C).</summary>
    public static readonly AbcCutoffs Default = new(80m, 95m);

    public decimal A { get; } = A > 0m && A < B && B <= 100m
        ? A
        : throw new ArgumentOutOfRangeException(nameof(A), $"ABC cut-offs need 0 < A < B <= 100; got A = {A}, B = {B}.");

    public decimal B { get; } = B;
}
