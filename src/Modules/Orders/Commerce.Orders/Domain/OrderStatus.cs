namespace Commerce.Orders.Domain;

public enum OrderStatus
{
    Placed,
    /// <summary>Waits for a person: see the order's hold reason (e.g. a SKU we do not know).</summary>
    OnHold,
    Allocated,
    PartiallyAllocated,
    Backordered,
    Cancelled,
    /// <summary>Some of the locations the order ships from have handed their part to a carrier.</summary>
    PartiallyShipped,
    Shipped,
    Delivered,
}

public enum ServiceLevel
{
    Economy,
    Standard,
    Expedited,
}
