namespace Commerce.Warehouse.Domain.Packing;

/// <summary>One physical unit to pack; Key identifies it to the caller (e.g. "order line 3, unit 2"). Weight in lb.</summary>
internal sealed record PackItem(string Key, string Sku, Dimensions Size, decimal Weight);
