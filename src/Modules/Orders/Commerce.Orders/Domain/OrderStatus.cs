namespace Commerce.Orders.Domain;

public enum OrderStatus
{
    Placed,
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
