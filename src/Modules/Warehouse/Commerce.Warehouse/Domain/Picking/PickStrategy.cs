namespace Commerce.Warehouse.Domain.Picking;

public enum PickStrategy
{
    /// <summary>One list per order.</summary>
    SingleOrder,
    /// <summary>Several orders in one trip, units put to one tote per order.</summary>
    Batch,
    /// <summary>One list per zone; an order's lists meet again at packing.</summary>
    Zone,
}

public enum PickListStatus
{
    Open,
    InProgress,
    Completed,
}

public enum PickLineStatus
{
    Open,
    Picked,
    Short,
    Removed,
}
