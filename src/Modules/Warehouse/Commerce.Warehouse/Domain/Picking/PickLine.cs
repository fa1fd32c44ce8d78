namespace Commerce.Warehouse.Domain.Picking;

/// <summary>
/// Units of one order line to take from one bin. <see cref="Tote"/> tags them with their order on a batch list.
/// The item's barcode and size are copied in when the list is released: the floor works from the list alone.
/// </summary>
public sealed class PickLine
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid PickListId { get; init; }
    public required string Location { get; init; }
    public int Sequence { get; set; }
    public Guid OrderId { get; init; }
    public int OrderLineNumber { get; init; }
    public required string Sku { get; init; }
    public string? ItemBarcode { get; init; }
    public Guid BinId { get; init; }
    public required string BinCode { get; init; }
    public int Tote { get; init; }
    public int Quantity { get; private set; }
    public int Picked { get; private set; }
    public int Short { get; private set; }
    public PickLineStatus Status { get; private set; }
    public string? ConfirmedBy { get; private set; }
    public DateTimeOffset? ConfirmedAt { get; private set; }
    public decimal LengthIn { get; init; }
    public decimal WidthIn { get; init; }
    public decimal HeightIn { get; init; }
    public decimal WeightLb { get; init; }

    public int Remaining => Quantity - Picked - Short;

    /// <summary>The units this line still stands for: picked, or to be picked.</summary>
    public int Covers => Status == PickLineStatus.Removed ? 0 : Quantity - Short;

    public static PickLine Create(string location, Guid orderId, int orderLine, string sku, int quantity, Guid binId,
        string binCode, int tote, ItemFacts item) => new()
    {
        Location = location,
        OrderId = orderId,
        OrderLineNumber = orderLine,
        Sku = sku,
        Quantity = quantity,
        BinId = binId,
        BinCode = binCode,
        Tote = tote,
        ItemBarcode = item.Barcode,
        LengthIn = item.LengthIn,
        WidthIn = item.WidthIn,
        HeightIn = item.HeightIn,
        WeightLb = item.WeightLb,
    };

    public bool IsItem(string scan) =>
        string.Equals(scan.Trim(), Sku, StringComparison.Ordinal)
        || (ItemBarcode is not null && string.Equals(scan.Trim(), ItemBarcode, StringComparison.Ordinal));

    public void Confirm(int units, string picker, DateTimeOffset at)
    {
        if (units <= 0 || units > Remaining) throw new InvalidOperationException($"Cannot confirm {units}: {Remaining} to pick.");
        Picked += units;
        ConfirmedBy = picker;
        ConfirmedAt = at;
        if (Remaining == 0) Status = PickLineStatus.Picked;
    }

    /// <summary>The bin held only <paramref name="found"/> of the remaining units: those are picked, the rest are short.</summary>
    public int ReportShort(int found, string picker, DateTimeOffset at)
    {
        if (found < 0 || found >= Remaining) throw new InvalidOperationException($"A short pick finds fewer than the {Remaining} units to pick.");
        var missing = Remaining - found;
        Picked += found;
        Short += missing;
        Status = PickLineStatus.Short;
        ConfirmedBy = picker;
        ConfirmedAt = at;
        return missing;
    }

    /// <summary>Takes back up to <paramref name="units"/> units not yet picked; returns how many it took.</summary>
    public int Withdraw(int units)
    {
        var take = Math.Min(units, Remaining);
        Quantity -= take;
        if (Remaining == 0 && Status == PickLineStatus.Open)
            Status = Picked == 0 ? PickLineStatus.Removed : PickLineStatus.Picked;
        return take;
    }

    /// <summary>Picked units that go back to their bin (the order was cancelled or lost its reservation here).</summary>
    public int ReturnPicked(int units)
    {
        var give = Math.Min(units, Picked);
        Picked -= give;
        Quantity -= give;
        if (Quantity - Short == 0 && Status != PickLineStatus.Short) Status = PickLineStatus.Removed;
        return give;
    }
}

/// <summary>What the floor needs to know about a SKU: its barcode and its size in inches and pounds.</summary>
public sealed record ItemFacts(string? Barcode, decimal LengthIn, decimal WidthIn, decimal HeightIn, decimal WeightLb)
{
    public const decimal CmPerInch = 2.54m;
    public const decimal KgPerPound = 0.45359237m;

    /// <summary>A SKU the catalog does not describe: no barcode (its code is scanned) and no size.</summary>
    public static readonly ItemFacts Unknown = new(null, 0, 0, 0, 0);

    public static ItemFacts FromMetric(string? barcode, decimal lengthCm, decimal widthCm, decimal heightCm, decimal weightKg) =>
        new(barcode, Math.Round(lengthCm / CmPerInch, 2), Math.Round(widthCm / CmPerInch, 2),
            Math.Round(heightCm / CmPerInch, 2), Math.Round(weightKg / KgPerPound, 3));
}
