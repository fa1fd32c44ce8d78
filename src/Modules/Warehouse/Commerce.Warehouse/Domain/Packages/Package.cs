namespace Commerce.Warehouse.Domain.Packages;

/// <summary>A box being filled at the pack station for an order; sealed when the order is packed.</summary>
public sealed class Package
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid OrderId { get; init; }
    public required string Location { get; init; }
    public required string BoxCode { get; init; }
    public decimal LengthIn { get; init; }
    public decimal WidthIn { get; init; }
    public decimal HeightIn { get; init; }
    public decimal TareWeightLb { get; init; }
    public decimal MaxWeightLb { get; init; }
    public decimal BoxCost { get; init; }
    public decimal GrossWeightLb { get; private set; }
    public decimal BillableWeightLb { get; private set; }
    public bool Sealed { get; private set; }
    public DateTimeOffset CreatedAt { get; init; }
    public List<PackageItem> Items { get; init; } = [];
    public int Revision { get; private set; }

    public void Add(int orderLine, string sku, int units, Picking.ItemFacts item)
    {
        var existing = Items.FirstOrDefault(i => i.OrderLineNumber == orderLine);
        if (existing is null)
        {
            Items.Add(new PackageItem
            {
                PackageId = Id, OrderLineNumber = orderLine, Sku = sku, Quantity = units,
                LengthIn = item.LengthIn, WidthIn = item.WidthIn, HeightIn = item.HeightIn, WeightLb = item.WeightLb,
            });
        }
        else
        {
            existing.Quantity += units;
        }

        GrossWeightLb = TareWeightLb + Items.Sum(i => i.WeightLb * i.Quantity);
        Revision++;
    }

    public void Seal(decimal billableWeightLb)
    {
        Sealed = true;
        BillableWeightLb = billableWeightLb;
        Revision++;
    }
}

public sealed class PackageItem
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid PackageId { get; init; }
    public int OrderLineNumber { get; init; }
    public required string Sku { get; init; }
    public int Quantity { get; set; }
    public decimal LengthIn { get; init; }
    public decimal WidthIn { get; init; }
    public decimal HeightIn { get; init; }
    public decimal WeightLb { get; init; }
}
