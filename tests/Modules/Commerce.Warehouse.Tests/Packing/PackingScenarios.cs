using Commerce.Warehouse.Domain.Packing;
using CsCheck;

namespace Commerce.Warehouse.Tests.Packing;

/// <summary>Random orders and box catalogs sized so that some orders fit one box, some need several and some items fit nothing.</summary>
internal static class PackingScenarios
{
    public sealed record Scenario(PackItem[] Items, BoxType[] Boxes, int Divisor)
    {
        public override string ToString() =>
            $"divisor {Divisor}; boxes [{string.Join(", ", Boxes.Select(b => $"{b.Code} {Show(b.Inner)} max {b.MaxWeight} tare {b.TareWeight} ${b.Cost}"))}]; " +
            $"items [{string.Join(", ", Items.Select(i => $"{i.Key} {Show(i.Size)} {i.Weight}lb"))}]";

        private static string Show(Dimensions d) => $"{d.Length}x{d.Width}x{d.Height}";
    }

    private static Gen<decimal> Quarters(int min, int max) => Gen.Int[min, max].Select(q => q / 4m);

    private static readonly Gen<Dimensions> ItemSize =
        Gen.Select(Quarters(2, 56), Quarters(2, 56), Quarters(2, 56), (l, w, h) => new Dimensions(l, w, h));

    private static readonly Gen<Dimensions> BoxInner =
        Gen.Select(Quarters(16, 88), Quarters(16, 88), Quarters(16, 88), (l, w, h) => new Dimensions(l, w, h));

    private static readonly Gen<BoxType[]> Catalog =
        Gen.Select(BoxInner, Gen.Int[5, 70], Gen.Int[25, 500], Gen.Int[0, 20])
            .Array[1, 5]
            .Select(boxes => boxes
                .Select((b, i) => new BoxType($"B{i}", b.Item1, b.Item2, b.Item3 / 100m, b.Item4 / 10m))
                .ToArray());

    private static readonly Gen<PackItem[]> Order =
        Gen.Select(ItemSize, Gen.Int[0, 150], Gen.Int[1, 4])
            .Array[1, 20]
            .Select(items => items
                .Select((it, i) => new PackItem($"line {i}", $"SKU-{it.Item3}", it.Item1, it.Item2 / 10m))
                .ToArray());

    public static readonly Gen<Scenario> Any =
        Gen.Select(Order, Catalog, Gen.OneOf(139, 166, 194, 250), (items, boxes, divisor) => new Scenario(items, boxes, divisor));

    public static PackingPlan Plan(Scenario s) => BoxPacker.Plan(s.Items, s.Boxes, s.Divisor);
}
